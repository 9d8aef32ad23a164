def pick(n):
    if n == 0:
        return "zero"
    elif n < 0:
        return "neg"
    else:
        return "pos"

record("v", [pick(0), pick(-1), pick(5)])
if []:
    record("empty list is true")
if "s":
    record("string is true")
