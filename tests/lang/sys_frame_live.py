import sys
def f():
    fr = sys._getframe()
    x = 1
    print(sorted(fr.f_locals))
    y = 2
    d = fr.f_locals
    print(sorted(d), d is fr.f_locals)
    del x
    print(sorted(fr.f_locals))
    return fr
fr = f()
print(sorted(fr.f_locals))
def outer():
    v = 'cell'
    def inner():
        v
        return sys._getframe().f_locals
    return inner(), sorted(sys._getframe().f_locals)
print(outer())
def who():
    return sys._getframe(1).f_locals.get('marker')
def caller():
    marker = 'found'
    return who()
print(caller())
print(sys._getframe().f_back is None, sys._getframe().f_code.co_name)
print(repr(sys._getframe()).startswith('<frame at '))
