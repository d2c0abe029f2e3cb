# split / rsplit / strip / splitlines / join on the fast (Latin-1) and
# general paths: whitespace classes, maxsplit, empty pieces, widths.
texts = [
    "", " ", "a", "  a  b\tc\n", "a b  c", "\x1c\x1d\x1e\x1fa\x85b\xa0c",
    "one two three four five six seven eight nine ten eleven twelve thirteen",
    "caf\xe9 na\xefve", "\u20ac \u2003x\u3000y", "\U0001f600 \U0001f601",
    "a\u2028b\u2029c", "\t\n\v\f\r ",
]
for t in texts:
    print(ascii(t.split()), ascii(t.split(None, 1)), ascii(t.rsplit(None, 1)))
    print(ascii(t.strip()), ascii(t.lstrip()), ascii(t.rstrip()))
    print(ascii(t.splitlines()), ascii(t.splitlines(True)))

for t, sep in [("a|b|c", "|"), ("|a||b|", "|"), ("abc", "|"), ("", "|"),
               ("a::b::c", "::"), ("aaa", "a"), ("x\xe9y\xe9z", "\xe9"),
               ("x\u20acy", "\u20ac"), ("x\u20acy", "y"), ("ab", "\u20ac")]:
    print(ascii(t.split(sep)), ascii(t.split(sep, 1)), ascii(t.rsplit(sep, 1)),
          ascii(t.split(sep, 0)))

# many pieces (past any preallocated size)
big = ",".join(str(i) for i in range(100))
parts = big.split(",")
print(len(parts), parts[:3], parts[-3:])
print(len(" ".join(parts).split()), len(("\n".join(parts) + "\n").splitlines()))

# line boundaries of every kind, and \r\n as one
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(ascii(s.splitlines()), len(s.splitlines(keepends=True)))
print(ascii("x\r\n\r\ny\n".splitlines(True)), "abc".splitlines(), "".splitlines())
print(ascii("\xe9\n\xe9".splitlines()))

# strip with chars, and the identity of unchanged results
print(ascii("xxhixx".strip("x")), ascii("\xe9ab\xe9".strip("\xe9")), ascii("abc".strip("")))
s = "abc"
print(s.strip() is s, s.split()[0] is s, s.split("|")[0] is s)

# join: lists, tuples, iterables, widths, errors
print("-".join(["a", "b", "c"]), "-".join(("a",)), "".join([]), "".join(()))
print(ascii("\u20ac".join(["a", "b"])), ascii("".join(["a", "\xe9", "\U0001f600"])))
print("+".join(x for x in "xyz"), ",".join({"k": 1}), ":".join("abc"))
class S(str):
    pass
r = "".join([S("sub")])
print(type(r).__name__, r)
for bad in [["a", 1], ("a", None), 5, [b"x"]]:
    try:
        print("".join(bad))
    except Exception as e:
        print(type(e).__name__, e)
lst = ["p", "q"]
print(", ".join(lst), lst)

# errors
for f in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".strip(1),
          lambda: "a".splitlines(1.5), lambda: "a".split(maxsplit="x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
