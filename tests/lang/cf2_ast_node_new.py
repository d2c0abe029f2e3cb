# AST node classes take any arguments in __new__ (PyType_GenericNew), so
# subclasses with their own __new__ / __init__ work (ast.Num and friends)
import ast
import warnings
warnings.simplefilter("ignore", DeprecationWarning)

class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = 'spam'

class N2(ast.Num):
    pass

n = N(42)
print(n.n, n.z, type(n).__name__, isinstance(n, ast.Num), isinstance(n, N2))
print(isinstance(ast.Num(42), N))
n = N(n=42)
print(n.n, n.z)
print(type(N2(1.5)).__name__, N2(1.5).n)

class MyName(ast.Name):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls, *args, **kwargs)
        self.extra = len(args)
        return self

m = MyName('x', ast.Load())
print(m.id, type(m.ctx).__name__, m.extra)
print(ast.AST.__new__(ast.Constant, 1, 2, k=3).__class__.__name__)
try:
    ast.Constant(1, 2, 3)
except TypeError as e:
    print(e)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print(e)
print(ast.dump(ast.Constant(value=3, kind=None)))
