# ljust/rjust/center/zfill on 1-, 2- and 4-byte strings with ASCII,
# Latin-1 and wide fill characters.
for s in ["", "a", "abc", "é", "日本", "😀x", "-42", "+7"]:
    for w in (0, 1, 3, 6, 9):
        print(repr(s.ljust(w)), repr(s.rjust(w, "*")), repr(s.center(w, "é")),
              repr(s.center(w, "日")), repr(s.ljust(w, "😀")), repr(s.zfill(w)))
class S(str):
    pass
print(type(S("ab").ljust(1)).__name__, type(S("ab").center(5)).__name__, S("ab").rjust(4, "-"))
for bad in [lambda: "a".ljust(3, "ab"), lambda: "a".center(3, 1), lambda: "a".rjust("3"),
            lambda: "a".ljust()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
