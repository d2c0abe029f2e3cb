# constructing nodes: positional and keyword fields, defaults, errors
import ast

n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, n.__dict__.keys())
n = ast.Name(id="y", ctx=ast.Store(), lineno=3, col_offset=4)
print(n.id, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
c = ast.Constant(5)
print(c.value, c.kind)
c = ast.Constant(value="s", kind="u")
print(c.value, c.kind)
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.dump(ast.Name()))
print(ast.Name().__dict__)
e = ast.Name("x", extra=5)
print(e.extra)

for make in [lambda: ast.Name("a", ast.Load(), 3),
             lambda: ast.Expr(1, 2),
             lambda: ast.AST(1),
             lambda: ast.Load(1),
             lambda: ast.Name("a", id="b"),
             lambda: ast.Module().body,
             lambda: ast.Name().id,
             lambda: ast.arguments().args]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)

fd = ast.FunctionDef("f")
print(fd.returns, fd.type_comment)
print(ast.ImportFrom("m").level)
print(ast.alias("a").asname, ast.keyword().arg)
print(ast.MatchAs().pattern, ast.MatchAs().name)
n = ast.Name("q", ast.Load())
n.id = "r"
print(n.id)
del n.id
print(hasattr(n, "id"))
print(ast.AST()._fields, ast.AST().__dict__)
