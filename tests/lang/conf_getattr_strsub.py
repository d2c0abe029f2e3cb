class Foo:
    def __init__(self, msg):
        self.msg = msg
f = Foo('123')
class _str(str):
    pass
print(getattr(f, _str('msg')), f.__dict__[_str('msg')], hasattr(f, _str('msg')))
setattr(f, _str('other'), 5); print(f.other, sorted(f.__dict__))
delattr(f, _str('other')); print(hasattr(f, 'other'))
print(object.__getattribute__(f, _str('msg')))
try: getattr(f, 5)
except TypeError as e: print(e)
