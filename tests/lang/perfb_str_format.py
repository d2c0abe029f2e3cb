# str.format, format() and f-strings with specs on ints, floats and strs.
recs = [(1, "alpha", 7, 0.5), (22, "Bravo", -13, 1234.5678), (333, "éclair", 10007, 99.995),
        (-4, "", 0, -0.0), (5, "日本語", 2 ** 60, 1e21)]
line = "{0}|{1:<12}|{2:>6}|{3:.2f}"
for i, name, qty, price in recs:
    print(line.format(i, name, qty, price))
    print(f"{i}|{name.lower():<12}|{qty:>6}|{price:.2f}")
    print(f"{name!r:^14}|{name:*>8}|{name:.2}|{qty:+,}|{qty:_}|{price:e}|{price:g}|{price:%}")
    print("{:{w}.{p}f}|{:{fill}{al}{w}}".format(price, name, w=10, p=3, fill="-", al="^"))
    print(format(qty, "#x"), format(qty, "08b") if qty >= 0 else "", format(price, "10.1%"),
          format(price, "=+12.3f"), format(price, ",.2f"), format(price, "_.1f"))
print("total {:,} items, mean {:>10.3f}, ratio {:.1%}".format(123456789, 3.14159, 0.5))
print("{{literal}} {} {{}} {}".format(1, 2), "{0}{1}{0}".format("ab", "cd"))
print("{a[0]}-{b.real}".format(a=[9], b=3), "{!s:>4}|{!a}".format("x", "é"))
print(f"{'abc':>{5}}|{3.5:{'<'}{8}}|{12:{'0'}{5}}")
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
                      ("{:d}", ("x",), {}), ("{:s}", (1,), {}), ("{x}", (), {}),
                      ("{0}{}", (1, 2), {}), ("{:=^5}", ("s",), {}), ("{:+s}", ("s",), {}),
                      ("{:.2d}", (1,), {}), ("{:,c}", (65,), {}), ("{:c}", (65,), {}),
                      ("{!z}", (1,), {}), ("{:{}}", (1,), {}), ("{:.{}f}", (1.5, 2), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
class Money(int):
    def __format__(self, spec):
        return "$" + str(int(self))
class Tag(str):
    def __format__(self, spec):
        return "<" + str.__str__(self) + ">"
print("{} {} {} {} {} {}".format(-5, 0, True, Money(3), Tag("t"), 2 ** 50), "{}|{}".format("é", "日"))
print(f"{-5}{0}{True}{Money(3)}{Tag('t')}{2 ** 50}")
class F(float):
    pass
class I(int):
    pass
class Pct(float):
    def __format__(self, spec):
        return format(float(self) * 100, spec) + "%"
print(format(F(1.5), ".2f"), format(I(7), ">4"), f"{F(2.5)!r:>8}", format(True, ""),
      format(True, "d"), format(F(1.5)), format(I(3)), f"{Pct(0.25):.1f}", "{:.0f}".format(Pct(0.5)))
