# str.replace: Latin-1 fast path and the general path, counts, empties,
# overlapping needles, width changes and subclasses.
class S(str):
    pass

cases = [
    ("a|b|c", "|", " : ", -1),
    ("a|b|c", "|", " : ", 1),
    ("a|b|c", "|", " : ", 0),
    ("a|b|c", "|", "", -1),
    ("aaaa", "aa", "b", -1),        # non-overlapping, left to right
    ("aaaaa", "aa", "xyz", 2),
    ("abc", "x", "y", -1),          # no match
    ("", "a", "b", -1),
    ("abc", "abc", "", -1),
    ("abc", "", "-", -1),           # empty needle
    ("abc", "", "-", 2),
    ("", "", "x", -1),
    ("caf\xe9 caf\xe9", "\xe9", "e", -1),   # Latin-1 to ASCII
    ("caf\xe9", "caf", "CAF", -1),          # stays Latin-1
    ("abc", "b", "\xff", -1),               # ASCII to Latin-1
    ("abc", "b", "\u20ac", -1),             # widens to 2 bytes
    ("a\u20acb", "\u20ac", "e", -1),        # narrows back to ASCII
    ("a\U0001f600b\U0001f600", "\U0001f600", "\u03a9", -1),  # 4 -> 2
    ("abc", "\u20ac", "x", -1),             # wider needle: no match
    ("x" * 50, "x", "yy", 10),
]
for s, old, new, count in cases:
    r = s.replace(old, new, count)
    print(ascii(r), len(r), r == s.replace(old, new, count))
    print(r.isascii(), ascii(max(r)) if r else None)

# identity and subclass results
s = "hello"
print(s.replace("z", "y") is s, s.replace("l", "l", 0) is s)
t = S("hello")
r = t.replace("z", "y")
print(type(r).__name__, r)
r = t.replace("l", "L")
print(type(r).__name__, r)

# hash and comparisons of results stay consistent with literals
print("a\u20acb".replace("\u20ac", "e") == "aeb", hash("a\u20acb".replace("\u20ac", "e")) == hash("aeb"))
print({"caf\xe9".replace("\xe9", "e"): 1}.get("cafe"))

# argument errors
for args in [(1, "a"), ("a", 2), ("a", "b", "c")]:
    try:
        "abc".replace(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".replace("a")
except Exception as e:
    print(type(e).__name__, e)
print("abcabc".replace("b", "X", -5), "abcabc".replace("b", "X", True))
