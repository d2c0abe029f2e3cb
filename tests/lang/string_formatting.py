# str.format and printf-style % formatting.
print("{} and {}".format(1, "two"), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{0[1]} {p.real} {d[k]}".format([5, 6], p=3, d={"k": "v"}), "{!r:>8}|".format("s"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{{literal}}".format(), "{:,}".format(10 ** 7))
print("%s is %d years, %.2f%% done, %5s|%-5s|%05d %x %o %e" % ("Al", 42, 99.5, "r", "l", 42, 255, 8, 12345.678))
print("%(a)s=%(b)r" % {"a": "k", "b": "v"}, "%c%c" % (65, "b"), "%+d % d" % (5, 5), "%.3s" % "abcdef")
print("%r" % ([1, 2],), "%s" % (1,), "%d%%" % 50, "%*d|%-*d|" % (5, 1, 4, 2), "%g %G" % (0.00001, 1e20))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
