record("v", [(1, "a") < (1, "b"), (1, 2) < (1, 2, 0), [2] > [1, 9], (1,) <= (1,), (0, "x") < (0, "x")])
try:
    record("mixed", (1, "a") < (1, 2))
except TypeError as e:
    record("e", e)
try:
    record("mixed", (1,) < [1])
except TypeError as e:
    record("e", e)
