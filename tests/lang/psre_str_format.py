# str.format with specs read in place: fills of every width, long specs,
# nested specs, errors, and __format__ methods that keep their spec.
vals = [0, -7, 12345, 2 ** 70, 3.14159, -0.0, 1e300, float("inf"), "abc", "\xe9t\xe9", "\u20ac", ""]
specs = ["", "<8", ">8", "^9", "*^11", "\u20ac>7", "\U0001f600<6", "\xe9^5", "08", "+", ",", "_",
         ".3", "10.2", "x", "e", "%", "s", "=+10"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(("{:" + sp + "}").format(v))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(ascii(row))

# specs longer than any inline buffer, and the same through format()
print("{:>60}|".format("x"), len("{:*^100.5f}".format(2.5)))
print(("{:" + "0" * 30 + "50}").format(7) == format(7, "0" * 30 + "50"))
try:
    print(("{:" + "9" * 60 + "}").format(1))
except Exception as e:
    print(type(e).__name__, e)

# nested specs are expanded first
print("{:{w}.{p}f}|{:{f}^{w}}".format(3.14159, "mid", w=9, p=2, f="\u20ac"))
print("{0:{1}}".format(42, ">5"), "{:{}}".format("ab", "4"))

# a __format__ that keeps its spec sees a real, lasting str
class Keep:
    seen = []
    def __format__(self, spec):
        Keep.seen.append(spec)
        return "K(" + spec + ")"
k = Keep()
print("{:>10}{:\u20ac<3}".format(k, k), Keep.seen, [type(x).__name__ for x in Keep.seen])

class MyInt(int):
    def __format__(self, spec):
        return "MyInt" + spec
class MyStr(str):
    pass
print("{:>5}|{:>5}|{:>5}".format(MyInt(3), MyStr("s"), True), "{:d}".format(False))

# errors name the type and the code
for fmt, arg in [("{:d}", "s"), ("{:z}", 1), ("{:s}", 1.5), ("{:=5}", "s"), ("{:+}", "s"),
                 ("{:,x}", 5), ("{:.2d}", 5), ("{:c}", -1), ("{:<<<}", 1), ("{:\u20ac}", 1)]:
    try:
        print(fmt.format(arg))
    except Exception as e:
        print(type(e).__name__, e)

# the benchmark's shape, many times: results are independent strs
line = "{0}|{1:<12}|{2:>6}|{3:.2f}\n"
rows = [line.format(i, "n%d" % i, i * 7, i / 3) for i in range(300)]
print(len(set(rows)), rows[0], rows[-1], end="")
print("total {:,} items, mean price {:>10.3f}, ratio {:.1%}".format(123456789, 12.3456, 0.5))
