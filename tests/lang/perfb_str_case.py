# Case methods on ASCII (the fast path) and non-ASCII strings.
words = ["", "a", "Z", "hello world", "HELLO World", "hello_world-42x", "o'neil's",
         "ALPHA17bravo", "3rd  place", "mIxEd CaSe 9a9B", " lead", "x\ty\nz",
         "ǅungla", "straße", "ΣΑΣ ΟΔΟΣ", "ﬁne", "İstanbul", "éCOLE", "ß", "Ａｂ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print(w.upper() is w, type(w.lower()).__name__, len(w.swapcase()))
class S(str):
    pass
s = S("MiXed")
print(type(s.lower()).__name__, s.lower(), s.upper(), s.title(), s.swapcase())
print(type(s[:]).__name__, s[1:3], "abcdef"[2:5], "abcdef"[3:4], "é"[0:1], "aé"[0:1])
try:
    "x".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
