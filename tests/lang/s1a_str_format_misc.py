# str.format field errors, % formatting's "%%" rule and nested keys,
# str subclasses formatted through __str__, str.__getnewargs__ copies.
class S(str):
    def __str__(self):
        return '__str__ overridden'
s = S('xxx')
print("{}".format(s), f"{s}", format(s), format(s, ''), format(s, '5'), "%s" % s)
print("{!s:>20}|{:>5}".format(s, s))
class Plain(str):
    pass
print(type(format(Plain('p'))).__name__, format(Plain('p'), '^5'))

t = 'abc'
a = t.__getnewargs__()
print(a, a[0] is t, a[0] == t, ''.__getnewargs__(), 'é€'.__getnewargs__())

for f in ['{0.}', '{0[]}', '{0.a.}', '{0..a}', '{0[0]x}', '{0[0].__class__}', '{0[0][0]}',
          '{0[0]}', '{0.__class__.__name__}']:
    try:
        print(f.format([[1]]))
    except Exception as e:
        print(type(e).__name__, e)

for f, a in [('% %s', 1), ('%d %', 1), ('%(a', {'a': 1}), ('%((foo))s', {'(foo)': 'bar'}),
             ('%((a)b)s', {'(a)b': 1}), ('%(a)', {'a': 1}), ('% d', 5), ('%', ()),
             ('%.*f', (2, 1.5)), ('%s %% %d', ('a', 3)), ('%(a)s%%', {'a': 1}), ('%5%', ()),
             ('%-5%', ()), ('%5%', (1,)), ('%%%s', 'x'), ('%s%%', 'y')]:
    for s2 in (f, f.encode()):
        if isinstance(s2, bytes) and isinstance(a, dict):
            a = {k.encode(): v for k, v in a.items()}
        try:
            print(repr(s2 % a))
        except Exception as e:
            print(type(e).__name__, e)
