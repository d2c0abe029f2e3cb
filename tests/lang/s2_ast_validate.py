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
