class A:
    a: int
    b: str = 'x'
    __private: float
    def method(self) -> int:
        local: int = 1
        return local
print(A.__annotations__)
print(A.b, A().method())
class B(A):
    c: list
print(B.__annotations__)
class Empty:
    pass
print('__annotations__' in Empty.__dict__)
class Nested:
    if True:
        n: int = 1
    try:
        t: str
    except Exception:
        pass
print(Nested.__annotations__)
def f():
    q: int = 1
    r: undefined_is_not_evaluated
    return q
print(f())
class WithOrder:
    def __init__(self):
        self.x: int = 1
    z: "forward"
print(WithOrder.__annotations__, WithOrder().x)
