# int literals longer than sys.get_int_max_str_digits(): SyntaxError at parse time
import ast, sys
for mode in ["exec", "ast"]:
    for src in ["x = " + "3" * 4001, "x = 1\ny = " + "3" * 5000 + " + 1", "x = " + "3" * 4000, "0x" + "f" * 5000, "x = " + "3_" * 3000 + "3"]:
        try:
            if mode == "exec":
                compile(src, "<s>", "exec")
            else:
                ast.parse(src)
            print(mode, "ok")
        except (SyntaxError, ValueError) as e:
            print(mode, type(e).__name__, e.args[0], getattr(e, "lineno", None), getattr(e, "offset", None), getattr(e, "end_offset", None))
sys.set_int_max_str_digits(0)
print(len(str(ast.literal_eval("3" * 5000))))
# a huge literal compiles through an ast tree and back with no limit
sys.set_int_max_str_digits(4300)
tree = ast.parse("x = 0x" + "f" * 5000)
ns = {}
exec(compile(tree, "<t>", "exec"), ns)
print(ns["x"] == int("f" * 5000, 16))
big = 7 ** 6000
tree = ast.parse("x = 1")
tree.body[0].value = ast.Constant(big)
ast.fix_missing_locations(tree)
exec(compile(tree, "<t>", "exec"), ns)
print(ns["x"] == big)
sys.set_int_max_str_digits(5000)
print(len(str(ast.literal_eval("3" * 5000))))
try:
    eval("3" * 5001)
except SyntaxError as e:
    print(e.msg[:40])
