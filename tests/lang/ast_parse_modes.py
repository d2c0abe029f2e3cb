# ast.parse and compile(..., PyCF_ONLY_AST) in each mode; syntax errors
import ast

print(ast.dump(ast.parse("x", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("if x:\n    y\n", mode="single")))
print(ast.dump(compile("a + b", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b"a + b", "<s>", "eval", ast.PyCF_ONLY_AST)))
t = ast.parse("pass")
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
print(type(ast.parse("")).__name__, ast.parse("").body)
# compile-time (not parse-time) errors are not raised for an AST
print(ast.dump(ast.parse("return 1")))
print(ast.dump(ast.parse("def f():\n    nonlocal x")))
print(ast.dump(ast.parse("break")))
print(ast.dump(ast.parse("await x")))

for src, mode in [("x = ", "exec"),
                  ("def f(:", "exec"), ("x = 1", "eval"), ("  x", "exec"),
                  ("f(**a, *b)", "exec"), ("(", "exec"), ("a = 1 = 2", "exec")]:
    try:
        ast.parse(src, mode=mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("x", "<s>", "nonsense", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(e)
try:
    compile("x", "<s>", "nonsense")
except ValueError as e:
    print(e)
