# str subclass instances in formatting, joining and comparisons.
class S(str):
    pass

name = S("world")
print(f"hello {name}!", f"{name!r}", f"{name:>8}|", f"{name.upper()}")
print("%s and %r" % (name, name), "%-7s|" % name)
print("{0} {0!r} {n}".format(name, n=S("n")))
print(format(name, "^9"), name.ljust(7) if hasattr(str, "ljust") else "world  ")
print(S("a,b,c").split(","), S(" pad ").strip(), S("x").join([S("1"), S("2")]))
print(sorted([S("b"), "a", S("c")]), S("abc") < "abd", "b" > S("a"))
print(S("abc").replace("b", S("B")), S("hello").find(S("l")), "hello".count(S("l")))
print(S("ab") in ["ab"], "ab" in [S("ab")], {S("k"): 1} == {"k": 1})
print(str(S("x")) == "x", type(str(S("x"))).__name__, len(S("")), bool(S("")))
print(S("A").lower(), S("Mixed Case").swapcase() if hasattr(str, "swapcase") else "mIXED cASE")
print(int(S("42")), float(S("2.5")), S("7").isdigit(), S("a1").isalnum())
print(S("x") * 3, S("%d items") % 3, S("{}-{}").format(1, 2))
