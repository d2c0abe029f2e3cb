def f(a: int, b: str = 'x', *args: float, c: bool, d: dict = {}, **kw: bytes) -> None:
    pass
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
def h(p: 'Fwd') -> 'Ret':
    pass
print(h.__annotations__)
def po(a: 1, /, b: 2):
    pass
print(po.__annotations__)
print((lambda x: x).__annotations__)
g.__annotations__ = {'x': 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
order = []
def note(v):
    order.append(v)
    return v
def k(a: note('a') = note('da'), *, b: note('b') = note('db')) -> note('r'):
    pass
print(order)
class C:
    def m(self, __x: int) -> 'C':
        pass
print(C.m.__annotations__)
del g.__annotations__
print(g.__annotations__)
