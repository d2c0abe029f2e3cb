# derive() makes the parts; subclasses can override it.
eg = ExceptionGroup("msg", [ValueError(1)])
d = eg.derive([TypeError(2)])
print(type(d).__name__, repr(d))
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
try:
    eg.derive([])
except ValueError as e:
    print("ValueError", e)
try:
    eg.derive()
except TypeError as e:
    print("TypeError", e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", excs)
        return MyGroup(self.message.upper(), excs)

g = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))

# a subclass without derive() gives plain groups
class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(TypeError)
print(type(p).__name__, type(m).__name__, type(r).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError", e)

# subclass with extra state
class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
    def derive(self, excs):
        return Coded(self.message, excs, self.code)
c = Coded("c", [ValueError(), KeyError()], code=7)
m, r = c.split(KeyError)
print(repr(m), m.code, repr(r), r.code)

class MyBase(BaseExceptionGroup):
    pass
try:
    MyEx = type("MyEx", (ExceptionGroup,), {})
    MyEx("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(type(MyBase("x", [KeyboardInterrupt()])).__name__, type(MyBase("x", [ValueError()])).__name__)
