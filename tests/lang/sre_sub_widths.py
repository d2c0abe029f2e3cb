# re.sub on subjects and replacements of every str width (ASCII, Latin-1,
# BMP, astral): the result takes the widest piece that is actually kept,
# so removing the only wide characters narrows it again.
import re

def show(label, v):
    # ascii() makes the output independent of the terminal; len and max
    # show what the str holds
    print(label, ascii(v), len(v), hex(max(map(ord, v))) if v else "-")

subjects = {
    "ascii": "ab-cd-ef",
    "latin1": "ab-\xe9d-ef",
    "bmp": "ab-\u20acd-ef",
    "astral": "ab-\U0001f600d-ef",
    "mixed": "\xe9-\u20ac-\U0001f600-z",
}
repls = {"ascii": "+", "latin1": "\xff", "bmp": "\u4e00", "astral": "\U00010348", "empty": ""}

for sname, subj in subjects.items():
    for rname, rep in repls.items():
        show(sname + "/" + rname, re.sub("-", rep, subj))
        show(sname + "/" + rname + " fn", re.sub("-", lambda m: rep, subj))

# the wide characters are in the removed text only: narrowest result
show("drop bmp", re.sub("\u20ac", "", "a\u20acb"))
show("drop astral", re.sub("\U0001f600+", "x", "\U0001f600\U0001f600abc"))
show("drop latin1", re.sub("[\x80-\xff]", "", "caf\xe9!"))
show("keep latin1", re.sub("!", "?", "caf\xe9!"))
show("keep bmp tail", re.sub("^a", "", "a\u0100"))
show("lone wide slice", re.sub(r"^\w", lambda m: None, "a\u0100\u0101"))
show("count1 wide tail", re.sub(r"\d", "D", "1\U0001f600\U0001f601", count=1))

# the results behave as ordinary strs (hash, compare, slicing)
a = re.sub("-", "", "ab-\xe9")
print(a == "ab\xe9", hash(a) == hash("ab\xe9"), ascii(a[2:]))
b = re.sub("\u20ac", "", "x\u20acy")
print(b == "xy", b.isascii(), b.upper())
c = re.sub("x", "\u20ac", "axb")
print(c == "a\u20acb", ascii(c.encode("utf-8")))

# bytes subjects still join bytes
print(re.sub(rb"-", b"+", b"a-b-c"), re.sub(rb"-", lambda m: b"", bytearray(b"a-b")))
print(re.subn(rb"\d", b"#", memoryview(b"a1b2")))
try:
    re.sub(rb"-", lambda m: "s", b"a-b")
except Exception as e:
    print(type(e).__name__, e)
