# code compiled from a tree keeps the tree's positions (tracebacks, co_firstlineno)
import ast
import sys

tree = ast.parse("def f(x):\n    return 1 / x\n")
ast.increment_lineno(tree, 40)
ns = {}
exec(compile(tree, "moved.py", "exec"), ns)
print(ns["f"].__code__.co_firstlineno, ns["f"].__code__.co_filename)
try:
    ns["f"](0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    print("error at line", tb.tb_lineno)

call = ast.Expr(ast.Call(ast.Name("undefined_name", ast.Load()), [], []))
mod = ast.Module([ast.Pass(), call], [])
for i, node in enumerate(mod.body):
    for n in ast.walk(node):
        n.lineno = n.end_lineno = 100 + i
        n.col_offset, n.end_col_offset = 0, 5
try:
    exec(compile(mod, "<hand>", "exec"), {})
except NameError as e:
    print(e, sys.exc_info()[2].tb_next.tb_lineno)
