def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: vars(1, 2))
show(lambda: vars(None))
show(lambda: vars('s'))
show(lambda: globals(1))
show(lambda: locals(1))
show(lambda: dir(1, 2, 3))
class HasDict:
    pass
h = HasDict()
show(lambda: vars(h))
h.v = 1
show(lambda: vars(h))
vars(h)['w'] = 2
print(h.w)
