# inspect.signature of Python functions, and a few inspect predicates
import inspect

def f(a, b=2, *args, c, d=4, **kw):
    pass

def g(x, y, /, z=None) -> int:
    return 0

def h(a: int, b: 'str' = 'q') -> list:
    pass

for fn in (f, g, h, lambda: 0, lambda *a, **k: 0):
    sig = inspect.signature(fn)
    print(sig)
    for name, p in sig.parameters.items():
        print(' ', name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)

sig = inspect.signature(f)
b = sig.bind(1, c=3)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.signature(g).bind(1, 2, y=3)
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def method(self, a, b=1):
        pass
    @classmethod
    def cm(cls, x):
        pass
    @staticmethod
    def sm(y):
        pass

print(inspect.signature(C.method), inspect.signature(C().method))
print(inspect.signature(C.cm), inspect.signature(C.sm))

def gen():
    yield 1

async def co():
    pass

print(inspect.isfunction(f), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co))
print(inspect.isclass(C), inspect.ismethod(C().method), inspect.ismodule(inspect))
print(inspect.getdoc(C) is None, inspect.cleandoc('  a\n    b\n  c'))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY)]))
