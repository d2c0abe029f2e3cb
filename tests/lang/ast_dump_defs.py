# functions and classes: arguments, decorators, annotations, docstrings
import ast

src = '''
@dec
@dec2(1)
def f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> bool:
    """doc"""
    yield a
    yield from b
    return

class C(Base, metaclass=M, **extra):
    "class doc"
    x: int
    def m(self): ...

async def g(*, k): await k
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=2))
print(ast.dump(tree, include_attributes=True))
