# Function definitions: every parameter kind, defaults, annotations.
def f():
    pass

def f(a, b):
    return a

def f(a, b=1, *args, c, d=2, **kwargs):
    pass

def f(a, b, /, c, d, *, e, f):
    pass

def f(a: int, b: "str" = "x", *args: tuple, c: bool = True, **kw: dict) -> None:
    pass

def f(a, /):
    pass

def f(a=1, /, b=2):
    pass

def f(*, a):
    pass

def f(*args, **kwargs) -> list[int]:
    return [*args]

def outer():
    def inner(x):
        return x
    return inner

def f(
    a,
    b,
):
    pass
