# re.sub/subn results: joined pieces for str, bytes and str subclasses, and
# the error when a replacement function returns a non-str.
import re
print(re.sub(r"\d", lambda m: "<%s>" % m.group(), "a1b22c"))
print(re.sub(r"x", "", "xxx"), repr(re.sub("q", "z", "")), re.subn(r"(a)", r"\1\1", "banana"))
class S(str): pass
r = re.sub("a", "b", S("aaa")); print(r, type(r).__name__)
try:
    re.sub("a", lambda m: 5, "xax")
except TypeError as e:
    print("TypeError", e)
print(re.sub(b"a", b"bb", b"cac"), re.sub("é", "€", "éte"))
print(re.sub(r"(\d+)\.(\d+)", lambda m: m.group(2) + "." + m.group(1), "1.2 and 33.44", count=1))
print(re.sub(r"\s+", " ", "  many   spaces\there  "), re.sub("^", ">", "x\ny", flags=re.M))
print(re.subn("", "-", "abc"), re.sub("(?P<w>\\w+)", r"[\g<w>]", "hi there"))
