class Priv:
    __a: int
    _b: str
    __c__: float
    def m(self, __p: int, *, __q: str) -> '__R':
        pass
print(Priv.__annotations__)
print(Priv.m.__annotations__)
class Outer:
    class Inner:
        __x: int
print(Outer.Inner.__annotations__)
def func(__notmangled: int):
    pass
print(func.__annotations__)
