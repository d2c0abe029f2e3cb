# printf-style % formatting: the fast paths (%s of str, plain %d, %.Nf)
# and the general ones around them.
vals = [0, 7, -7, 123456, -2 ** 50, 2 ** 70, True]
for v in vals:
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%x|%#o" % (v, v, v, v, v, v, v, v, v, v))
for x in [0.0, -0.0, 1.5, -2.675, 1e300, -1e-300, 3.14159, float("inf"), float("-nan"), 12.5]:
    print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|% .0f|%#.0f|%.0f|%F|%e|%g" % ((x,) * 12))
for s in ["", "abc", "é", "日本", "x" * 20]:
    print("[%s]" % s, "[%5s]" % s, "[%-6s]" % s, "[%.2s]" % s, "[%r]" % s, "[%a]" % s)
print("%s and %s" % ("a", 1), "%s" % [1, "b"], "%s" % (None,), "%(a)s=%(b)05.1f" % {"a": "k", "b": 2.25})
print("%c%c" % ("x", 0x263a), "%%", "100%% %s" % "sure", "%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 2.0 / 3))
print("héllo %s wörld %d %.1f" % ("ü", 5, 0.25))
print("%d %d" % (3.9, -3.9), "%i" % 2.0)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%", ()),
                  ("%x", 1.5), ("%(a)s", (1,)), ("%c", "ab"), ("%f", "s"), ("%.2f", None)]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
