# marshal.dumps/loads of code objects: the loaded code runs as the original
# (closures, generators, classes, exception handlers, defaults, constants of
# every marshallable kind, line numbers in tracebacks).
import marshal
import sys
import traceback

SOURCE = '''
import sys
K = (1, 2.5, -3j, 'text', b'bytes', None, True, ..., 10**40, -10**20, frozenset({1, 2}), ('n', ('e',)))
def outer(a, b=2, *args, c, d=4, **kw):
    x = a + b
    def inner(y):
        nonlocal x
        x += y
        return x
    return inner(c) + d + len(args) + len(kw)
def gen(n):
    for i in range(n):
        yield i * i
async def coro():
    return 'awaited'
class C:
    attr: int = 5
    def method(self):
        return type(self).__name__, self.attr
    @property
    def prop(self):
        return 'prop'
def handler(v):
    try:
        return 1 / v
    except ZeroDivisionError as e:
        return 'zero: ' + str(e)
    finally:
        pass
def fails():
    x = 1
    raise ValueError('line ' + str(x))
def kwonly(a, /, b, *, c):
    return (a, b, c)
lam = lambda q: [q * i for i in range(3) if i]
result = [K, outer(1, c=3), list(gen(4)), C().method(), C().prop, handler(0), handler(4),
          kwonly(1, 2, c=3), lam(2), {k: v for k, v in [(1, 2)]}, C.__annotations__]
'''

code = compile(SOURCE, "<marshalled>", "exec")
data = marshal.dumps(code)
again = marshal.loads(data)
print(type(again).__name__, again.co_filename, again.co_name, again.co_firstlineno)
ns1, ns2 = {}, {}
exec(code, ns1)
exec(again, ns2)
print(ns1["result"] == ns2["result"])
print(ns2["result"])
try:
    ns2["coro"]().send(None)
except StopIteration as e:
    print("coro", e.value)
f = ns2["outer"]
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_cellvars, f.__defaults__, f.__kwdefaults__)
print(ns2["kwonly"].__code__.co_posonlyargcount, ns2["gen"].__code__.co_flags & 0x20 != 0)
print(ns2["C"].method.__qualname__, ns2["lam"].__name__)
try:
    ns2["fails"]()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(e, [(fr.name, fr.lineno) for fr in tb[1:]])
try:
    ns2["outer"](1)
except TypeError as e:
    print("TypeError", e)
# a code object nested in data structures, twice (shared by reference)
pair = marshal.loads(marshal.dumps([ns1["gen"].__code__, ns1["gen"].__code__]))
print(pair[0] is pair[1], pair[0].co_name)
# eval-mode and single expressions
print(eval(marshal.loads(marshal.dumps(compile("6 * 7", "<e>", "eval")))))
# dump/load through a file
import io
buf = io.BytesIO()
marshal.dump(code, buf)
buf.seek(0)
ns3 = {}
exec(marshal.load(buf), ns3)
print(ns3["result"] == ns1["result"])
