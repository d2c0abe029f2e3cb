# dir() asks the metaclass's __dir__; builtin methods compare by what they
# bind; format(x, '') is str(x) for float and complex subclasses; enum's
# dir, format and inspect views rely on these.
import enum
import inspect


class Meta(type):
    def __dir__(cls):
        return ['b', 'a', 'custom']


class WithMeta(metaclass=Meta):
    x = 1


print(dir(WithMeta))


class Meta2(type):
    def __dir__(cls):
        return super().__dir__() + ['extra']


class WithMeta2(metaclass=Meta2):
    y = 2


d = dir(WithMeta2)
print('extra' in d, 'y' in d, '__init__' in d, d == sorted(d))


class Plain:
    z = 3


print('z' in dir(Plain), '__dict__' in dir(Plain))
print(sorted(dir(type('T', (), {'q': 1})))[-1])


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


print(sorted(dir(Color)))
print(sorted(dir(Color.RED)))


class Perm(enum.IntFlag):
    R = 4
    W = 2


print([n for n in dir(Perm) if not n.startswith('_')])


# builtin methods: equal when they bind the same object to the same function
print(object.__init_subclass__ == object.__init_subclass__)
print(Color.__init_subclass__ == Color.__init_subclass__)
lst = [1]
print(lst.append == lst.append, lst.append == [1].append, lst.append != lst.append)
print(hash(lst.append) == hash(lst.append), len({lst.append, lst.append}))
print(len.__eq__(len), len == abs, (1).__add__ == (1).__add__)
print(object.__init_subclass__ == 1, object.__init_subclass__.__eq__(1))


# __name__ of a nested class: the same object each read
class Outer:
    class Inner:
        pass


print(Outer.Inner.__name__ is Outer.Inner.__name__, Outer.Inner.__name__)


# format with an empty spec is str(self)
class F(float):
    def __str__(self):
        return 'F!'


class C(complex):
    def __str__(self):
        return 'C!'


for v in (F(1.5), C(2j)):
    print(format(v), format(v, ''), f'{v}', '{}'.format(v), format(v, '>6'), type(v).__format__(v, ''))
print(format(1.5, ''), format(2j, ''), format(-0.0), format(1e300 * 10))


class Money(float, enum.Enum):
    CENT = 0.01

    def __str__(self):
        return 'cent'


print(format(Money.CENT), f'{Money.CENT}')
try:
    format(Money.CENT, '.3f')
except ValueError as e:
    print(type(e).__name__, e)


class Loud(float, enum.ReprEnum):
    ONE = 1.0

    def __str__(self):
        return self.name.upper()


print(str(Loud.ONE), format(Loud.ONE))

# inspect over an enum class
names = [a.name for a in inspect.classify_class_attrs(Color)]
print(sorted(n for n in names if not n.startswith('_')))
print('__name__' in names, '__members__' in names)
members = dict(inspect.getmembers(Color))
print(members['__name__'], members['RED'], '__init_subclass__' in members)
