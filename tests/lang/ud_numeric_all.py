# unicodedata.decimal, digit and numeric over every code point, with
# defaults and the error messages.
import unicodedata

dec = dig = num = 0
dcheck = gcheck = 0
values = {}
for cp in range(0x110000):
    c = chr(cp)
    d = unicodedata.decimal(c, None)
    if d is not None:
        dec += 1
        dcheck = (dcheck * 53 + (cp + 1) * (d + 1)) % 1000000007
    g = unicodedata.digit(c, None)
    if g is not None:
        dig += 1
        gcheck = (gcheck * 59 + (cp + 1) * (g + 1)) % 1000000007
    n = unicodedata.numeric(c, None)
    if n is not None:
        num += 1
        values[n] = values.get(n, 0) + 1
print("decimal", dec, dcheck)
print("digit", dig, gcheck)
print("numeric", num, len(values))
print(sorted(values.items())[:30])
print(sorted(values.items())[-10:])
for c in "7\u0667\u00b2\u00bd\u2155\u216b\u4e07\U0001f10a\u5146x":
    print(hex(ord(c)), unicodedata.decimal(c, -1), unicodedata.digit(c, -1),
          unicodedata.numeric(c, -1))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: unicodedata.decimal("a"))
t(lambda: unicodedata.digit("\u00bd"))
t(lambda: unicodedata.numeric("a"))
t(lambda: unicodedata.decimal("a", "dflt"))
t(lambda: unicodedata.numeric("\u00bd", None))
t(lambda: unicodedata.digit("\u00b2"))
t(lambda: unicodedata.decimal())
t(lambda: unicodedata.decimal("1", 2, 3))
t(lambda: unicodedata.decimal(1))
t(lambda: unicodedata.digit("12"))
t(lambda: unicodedata.numeric(""))
t(lambda: unicodedata.numeric("1", default=3))
t(lambda: type(unicodedata.numeric("1")).__name__)
