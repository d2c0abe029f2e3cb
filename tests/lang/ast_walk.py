# ast.walk, iter_fields, iter_child_nodes
import ast

t = ast.parse("def f(x):\n    return [y * 2 for y in x if y]\nprint(f(range(3)))")
print([type(n).__name__ for n in ast.walk(t)])
print(sorted(n.id for n in ast.walk(t) if isinstance(n, ast.Name)))
fn = t.body[0]
for name, value in ast.iter_fields(fn):
    print(name, type(value).__name__)
print([type(n).__name__ for n in ast.iter_child_nodes(fn)])
print(sum(1 for n in ast.walk(t) if isinstance(n, ast.expr)))
calls = [n for n in ast.walk(t) if isinstance(n, ast.Call)]
print([ast.unparse(c) for c in calls])
