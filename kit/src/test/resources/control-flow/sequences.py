record("concatenate", ["a" + "b", [1] + [2], (1,) + (2,), () + ()])
record("repeat", ["ab" * 2, 2 * "ab", [0] * 3, (1,) * 2, "ab" * -1, "ab" * True, [1] * 0, 3 * (None,)])
for case in ["s+int", "list+tuple", "tuple+list", "int+str", "str-str", "str*str", "list*float", "list*list", "None*int", "None*list"]:
    try:
        if case == "s+int":
            x = "a" + 1
        elif case == "list+tuple":
            x = [1] + (1,)
        elif case == "tuple+list":
            x = (1,) + [1]
        elif case == "int+str":
            x = 1 + "a"
        elif case == "str-str":
            x = "a" - "b"
        elif case == "str*str":
            x = "a" * "b"
        elif case == "list*float":
            x = [1] * 1.5
        elif case == "list*list":
            x = [1] * [2]
        elif case == "None*int":
            x = None * 2
        else:
            x = None * [1]
        record(case, x)
    except TypeError as e:
        record(case, e)
record("len of str", [len("abc"), len(""), len("\u00e9\U0001F600")])
