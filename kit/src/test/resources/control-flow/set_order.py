for x in {2, 1}:
    record("x", x)
