# positions: multi-line nodes, UTF-8 byte columns, copy/increment/fix locations
import ast

src = "x = ('é',\n     'ü' + y)\ndef f(\n    a,\n):\n    return a\n"
t = ast.parse(src)
for n in ast.walk(t):
    if hasattr(n, "lineno"):
        print(type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
        print("  ", repr(ast.get_source_segment(src, n)))
ast.increment_lineno(t, 10)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in ast.walk(t) if hasattr(n, "lineno")][:6])
new = ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Constant(1))
ast.copy_location(new, t.body[0].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
m = ast.Module([ast.Expr(new)], [])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
