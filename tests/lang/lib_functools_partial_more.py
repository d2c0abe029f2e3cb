from _functools import partial
def show(*args, **kw): return args, sorted(kw.items())
p = partial(show, 1, 2, a=1)
print(p(), p(3, b=2), p(a=9))
pp = partial(p, 4, c=3); print(pp(), pp.func is show, pp.args, sorted(pp.keywords.items()))
class Sub(partial):
    pass
s = Sub(p, 5); print(s.func is p, s.args, s())
print(partial(partial(max), 1)(5), partial(sorted, key=len)(['ccc', 'a', 'bb']))
m = partial(show); print(m(), m.args, m.keywords)
p.__doc__ = 'docs'; p.custom = [1]; print(p.__doc__, p.custom, sorted(p.__dict__))
for attr in ['func', 'args', 'keywords']:
    try: setattr(p, attr, None)
    except AttributeError as e: print('AttributeError', attr)
class C:
    meth = partial(show, 'bound?')
print(C().meth(1))
print(repr(partial(show, 1, x='y')).replace(repr(show), 'show'))
r = partial(show); print(repr(partial(r, 1)).replace(repr(show), 'show'))
for bad in [lambda: partial(), lambda: partial(None), lambda: partial(1, 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
