# compile() of an AST checks node positions and Constant values.
import ast


def try_compile(tree, mode='exec'):
    try:
        compile(tree, '<ast>', mode)
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


for lineno, end_lineno in ((10, 1), (-10, -11), (10, -11), (-5, -2), (-5, 1), (1, 1), (1, 3)):
    tree = ast.parse('a = 1')
    tree.body[0].lineno = lineno
    tree.body[0].end_lineno = end_lineno
    try_compile(tree)

for col, end_col in ((10, 1), (-10, -11), (10, -11), (-5, -2), (-5, 1), (0, 5), (-1, -1)):
    tree = ast.parse('a = 1')
    tree.body[0].col_offset = col
    tree.body[0].end_col_offset = end_col
    try_compile(tree)

# an expression deep inside is checked too
tree = ast.parse('x = f(1, 2 + 3)')
tree.body[0].value.args[1].left.col_offset = 50
try_compile(tree)

# positions left out default to the start
e = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(e)
del e.body.end_lineno
del e.body.end_col_offset
print(eval(compile(e, '<ast>', 'eval')))

# constants
for value in (int, (1, 2, int), frozenset((1, 2, int)), [1], {'a': 1}, object()):
    e = ast.Expression(ast.Constant(value))
    ast.fix_missing_locations(e)
    try_compile(e, 'eval')
for value in (1, 2.5, 3j, 'text', b'bytes', None, True, ..., 10 ** 30):
    e = ast.Expression(ast.Constant(value))
    ast.fix_missing_locations(e)
    print(repr(eval(compile(e, '<ast>', 'eval'))))

# tuple and frozenset constants (what an AST optimizer's folding makes)
for value in ((1, (2, 'a'), None), (), (5,), frozenset({1}), frozenset(),
              ((((1,), 2), 2), 2), frozenset({frozenset({1}), 2})):
    e = ast.Expression(ast.Constant(value))
    ast.fix_missing_locations(e)
    r = eval(compile(e, '<ast>', 'eval'))
    print(type(r).__name__, r == value)
tree = ast.parse('def f(x: int): return X')
tree.body[0].args.args[0].annotation = ast.Constant((1, 2))
tree.body[0].body[0].value = ast.Constant(frozenset({3}))
ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['f'].__annotations__, ns['f'](0))
print(ast.unparse(tree))

# postponed annotations print a tuple / frozenset Constant as CPython does
tree = ast.parse('from __future__ import annotations\ndef g(a: int, b: int, c: int): pass')
args = tree.body[1].args.args
args[0].annotation = ast.Constant((1, 'x'))
args[1].annotation = ast.Constant((7,))
args[2].annotation = ast.Constant(frozenset())
ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['g'].__annotations__)
