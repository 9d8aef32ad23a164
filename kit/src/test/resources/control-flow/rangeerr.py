try:
    range(1.5)
except TypeError as e:
    record("e", e)
try:
    range(1, 2, 0)
except ValueError as e:
    record("e", e)
try:
    for x in 3:
        pass
except TypeError as e:
    record("e", e)
record("r", range(2))
