# Constant values the parser never makes, compiled from a tree
import ast

for value in [(1, 2), (1, (2.5, "s")), frozenset({1}), 1 + 2j, -0.0j, (), 10 ** 30, -5, True, b"x" * 3]:
    tree = ast.fix_missing_locations(ast.Expression(ast.Constant(value)))
    print(repr(eval(compile(tree, "<c>", "eval"))))
for bad in [[1], {1: 2}, object, set(), (1, [2])]:
    try:
        compile(ast.fix_missing_locations(ast.Expression(ast.Constant(bad))), "<c>", "eval")
    except TypeError as e:
        print("TypeError", e)
