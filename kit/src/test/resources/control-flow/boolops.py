def loud(label, value):
    record("evaluated", label)
    return value

record("and, both true", loud("a", 1) and loud("b", 2))
record("and, left false", loud("c", 0) and loud("d", 2))
record("or, left true", loud("e", "x") or loud("f", 2))
record("or, left false", loud("g", []) or loud("h", None))
record("chain", 1 and 2 and 3)
record("precedence", not 0 and 0 or 5)
record("not of and", not (1 and 0))
record("comparison inside", 1 < 2 and 3 > 4)
x = 0
while x < 10 and not x == 4:
    x = x + 1
record("stopped at", x)
