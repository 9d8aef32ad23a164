b = b"ab\x00\xff"
record("b", b)
record("len", len(b))
record("items", [b[0], b[1], b[2], b[-1]])
record("concatenate", [b + b"c", b"" + b""])
record("repeat", [b * 2, b"ab" * 0])
record("list", list(b"ab"))
record("sorted", sorted(b"ba"))
for x in b"ab":
    record("byte", x)
record("equal", [b == "ab", b"ab" == b"ab", b"ab" != b"ab", b"a" == b"a\x00"])
record("order", [b"a" < b"b", b"ab" < b"a", b"" <= b"", b"\xff" > b"z"])
record("truth", [not b"", not b"\x00"])
record("key", {b"k": 1}[b"k"])
d = {b"k": 1, "k": 2}
d[b"j"] = 3
d[b"k"] = 4
record("dict", d)
record("tuple", (b"x",))
record("escapes", [b"it's", b"\"", b"\t\n\r\\", b"\x7f\x80 ~"])
try:
    record("never", b[9])
except IndexError as e:
    record("IndexError", e)
try:
    record("never", b["x"])
except TypeError as e:
    record("TypeError", e)
try:
    record("never", b + "a")
except TypeError as e:
    record("TypeError", e)
