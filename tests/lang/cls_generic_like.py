# A miniature typing.Generic: __class_getitem__ returns an alias whose
# __mro_entries__ puts the origin in the bases; __orig_bases__ keeps it.
class Alias:
    def __init__(self, origin, args):
        self.origin, self.args = origin, args
    def __mro_entries__(self, bases):
        return (self.origin,)
    def __repr__(self):
        return f'{self.origin.__name__}[{", ".join(a.__name__ for a in self.args)}]'
    def __call__(self, *a):
        inst = self.origin(*a)
        inst.type_args = self.args
        return inst

class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return Alias(cls, params)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.params = [b for b in cls.__dict__.get('__orig_bases__', ()) if isinstance(b, Alias)]

class Box(Generic):
    def __init__(self, item=None):
        self.item = item

print(Box[int], Box[int, str])
class IntBox(Box[int]): pass
print(IntBox.__bases__, IntBox.__orig_bases__, IntBox.params)
print(IntBox.__mro__ == (IntBox, Box, Generic, object))

b = Box[str]('hello')
print(b.item, b.type_args, type(b).__name__)

class Pair(Box[int], Generic): pass
print([k.__name__ for k in Pair.__mro__], Pair.__orig_bases__)

# Duplicate after resolution.
try:
    class Twice(Box[int], Box[str]): pass
except TypeError as e:
    print('TypeError', e)
