# __class__ assignment on an instance whose attributes live in a shape.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
def call(o):
    return o.who()
def getx(o):
    return o.x
a = A()
a.x = 1
print(call(a), call(a), getx(a))
a.__class__ = B
print(call(a), getx(a), type(a).__name__)
a.y = 2
print(a.__dict__)
class C(A):
    __slots__ = ()
try:
    a.__class__ = int
except TypeError as e:
    print(e)
