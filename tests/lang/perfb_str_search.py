# find/index/count/split/replace/partition/strip/in over every str width,
# with needles wider or narrower than the haystack.
hay = ["a|b||c|", "hello world hello", "日本語|日本|語", "é|e|é", "😀x😀|😀", "", "aaaa", "abcabcab"]
needles = ["|", "", "hello", "日本", "é", "😀", "x", "aa", "abcab", "zz", "語"]
for h in hay:
    for n in needles:
        print(repr(h), repr(n), h.find(n), h.rfind(n), h.count(n), n in h, h.find(n, 2),
              h.find(n, 1, 5), h.find(n, -3), h.find(n, 100), h.rfind(n, 0, 4))
        if n:
            print(h.split(n), h.split(n, 1), h.rsplit(n, 1), h.partition(n), h.rpartition(n),
                  h.replace(n, "<>"), h.replace(n, "", 1))
print("  a  b\tc\n".split(), "  a  b  ".split(None, 1), "x".split(), "".split(), "a\u3000b".split())
print("**hi**".strip("*"), "xyhixy".strip("yx"), "  hi ".strip(), "éhié".strip("é"),
      "日hi日".strip("日本"), "abc".strip(""), "--a--".lstrip("-"), "--a--".rstrip("-"),
      "ab".strip("日"), "x😀".rstrip("😀"))
for fn in (lambda: "a".index("b"), lambda: "a".rindex("b"), lambda: "a".split(""),
           lambda: "a".find(1), lambda: "a".strip(1), lambda: 1 in "a"):
    try:
        print(fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
