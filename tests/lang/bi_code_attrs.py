def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    y = a + b
    return x
co = f.__code__
print(co.co_name, co.co_qualname, co.co_firstlineno)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals)
print(co.co_filename.endswith('bi_code_attrs.py'))
print(co.co_flags & 0x4, co.co_flags & 0x8, bool(co.co_flags & 0x1), bool(co.co_flags & 0x2))
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20))
def outer():
    v = 1
    w = 2
    def inner():
        return v + w
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
print(bool(outer().__code__.co_flags & 0x10))
class C:
    def m(self):
        pass
print(C.m.__code__.co_qualname, C.m.__code__.co_name)
print((lambda: 0).__code__.co_name)
def uses():
    return len(str(abs(-1)))
print(uses.__code__.co_names)
def attr(o):
    return o.real.imag
print(attr.__code__.co_names)
def doc():
    "the doc"
print(doc.__code__.co_consts[0])
print(type(co.co_code).__name__, type(co.co_stacksize).__name__)
print(repr(co).startswith('<code object f at '))
