# Strings: literals, repr quoting, concatenation, slicing, methods, unicode.
s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s * 3)
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("tab\tnl\n\\"))
print("ü" + "é", len("日本語"), "日本語"[1], repr("\x00\x7f"), repr("é\u200b"))
print("a,b,,c".split(","), " x  y z ".split(), "-".join(["a", "b", "c"]))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("Hello".upper(), "Hello".lower(), "abcabc".replace("b", "XY"), "aaa".replace("a", "b", 2))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".find("z"))
print("hello".count("l"), "hello".index("e"), "123".isdigit(), "abc".isalpha(), " ".isspace())
print("abc" < "abd", "abc" == "abc", "b" > "abc", "a" in "cat", "dog" not in "cat")
print(str(12), str(1.5), str(None), str(True), str([1, "a"]), str("x"))
t = ""
for ch in "abc":
    t = ch + t
print(t, ord("A"), chr(97), chr(0x65e5))
