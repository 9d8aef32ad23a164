d = {}
d["self"] = [d]
record("before")
record("d", d)
