# A type's name and docstring must encode to UTF-8; an AST Constant's
# text may hold NUL; module.__dir__ reads the module's __dict__.
import ast
import types

A = type('C', (), {})
for name in ('A\udcdcB', 'A\x00B', b'A', 'fine', '\U0001f40d'):
    try:
        A.__name__ = name
        print('set', ascii(A.__name__))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for doc in ('x', 'x\x00y', 'x\udcdcy', b'x', 42, None):
    try:
        T = type('T', (), {'__doc__': doc})
        print('doc', ascii(T.__doc__))
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)

T = type('T', (), {})
T.__doc__ = 'x\udcdcy'
print(ascii(T.__doc__))

# Constants with NUL compile from an AST
tree = ast.parse('x = "a\\0b"\ny = b"\\0"')
code = compile(tree, '<ast>', 'exec')
ns = {}
exec(code, ns)
print(ascii(ns['x']), ns['y'])
print(ast.dump(tree.body[0].value))
e = ast.Expression(ast.Constant('nul\x00here'))
ast.fix_missing_locations(e)
print(ascii(eval(compile(e, '<ast>', 'eval'))))

# module.__dir__
m = types.ModuleType('m')
m.a = 1
print(sorted(dir(m)))


def custom_dir():
    return ['zz', 'aa']


m.__dir__ = custom_dir
print(dir(m))
