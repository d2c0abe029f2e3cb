# Subclasses of str: construction, methods return str, concat, dict keys.
class S(str):
    pass

s = S("hello")
print(s, repr(s), type(s).__name__, isinstance(s, str), len(s))
print(s + "!", type(s + "!").__name__, "<" + s, type("<" + s).__name__)
print(s.upper(), type(s.upper()).__name__, s[1], s[1:3], type(s[1:3]).__name__)
print(s == "hello", "hello" == s, s < "world", s in "say hello", "ell" in s)
print(hash(s) == hash("hello"), {s: 1}["hello"], {"hello": 2}[s])
print(s * 2, 2 * s, list(s), sorted(S("cab")))
print(str(s), type(str(s)).__name__, f"[{s}]", "%s!" % s, "{}".format(s))
print(", ".join([S("a"), S("b")]), s.split("l"), s.replace("l", "L"))
print(s.startswith("he"), s.find("l"), s.count("l"), s.encode())
print(str.__new__(S, "x"), type(str.__new__(S, "x")).__name__)
print(S(), repr(S()), S(42), S([1, 2]))
s.note = "n"
print(s.note, s.__dict__)
u = S("héllo wörld")
print(u, len(u), u.upper(), u[1])
print(S("a") + S("b"), type(S("a") + S("b")).__name__)
print(max(S("b"), S("a")), S("x").join(["1", "2"]))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"

w = Upper("abc")
print(w, w.shout(), type(w).__name__, isinstance(w, Upper))
