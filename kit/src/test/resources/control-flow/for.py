for i in range(1, 8, 3):
    record("i", i)
for x in (1, "a"):
    record("x", x)
for c in "ab":
    record("c", c)
for j in range(5, 0, -2):
    if j == 3:
        continue
    record("j", j)
record("after", j)
for n in []:
    record("never")
record("len", len(range(0, 10, 3)))
record("list", list(range(3)))
