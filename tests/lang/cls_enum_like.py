# A metaclass that makes the class itself iterable, sized and subscriptable.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_')}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k.startswith('_')})
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, item):
        return isinstance(item, cls) and item.name in cls._members
    def __repr__(cls):
        return f'<enum {cls.__name__}>'
    def __bool__(cls):
        return True

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    def __repr__(self):
        return f'<{type(self).__name__}.{self.name}: {self.value}>'

print(len(Color), list(Color), Color['GREEN'], Color.BLUE.value)
print(Color.RED in Color, 3 in Color, repr(Color), str(Color), bool(Color))
print([c.name for c in Color if c.value > 1])
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
print(isinstance(Color.RED, Color), type(Color).__name__)

# Operators on classes via the metaclass.
class OpMeta(type):
    def __or__(cls, other):
        return (cls.__name__, '|', other.__name__)
    def __eq__(cls, other):
        return getattr(other, '__name__', None) == cls.__name__
    __hash__ = type.__hash__
    def __call__(cls, *a):
        return 'called ' + cls.__name__
class X(metaclass=OpMeta): pass
class Y(metaclass=OpMeta): pass
print(X | Y, X == Y, X == X, X(), {X: 1}[X])
