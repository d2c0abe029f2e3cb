# node objects are ordinary objects: attributes, __dict__, equality, classes by name
import ast

n = ast.parse("foo(bar)").body[0].value
print(type(n).__name__, sorted(vars(n)))
print(n.func.id, n.args[0].id, n.keywords)
n.func.id = "baz"
print(ast.unparse(n))
n.new_attr = 1
print(n.new_attr, "new_attr" in n.__dict__)
a = ast.Name("x", ast.Load())
b = ast.Name("x", ast.Load())
print(a == b, a == a, ast.dump(a) == ast.dump(b))
print(type(ast.parse("x").body[0].value.ctx) is ast.Load)
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
print(hasattr(ast, "Num"), hasattr(ast, "Str"), ast.Num)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Str))
print(ast.Constant(5).n, ast.Constant("s").s)
print(getattr(ast, "Index", None), getattr(ast, "ExtSlice", None))
try:
    ast.Constant(1).bad
except AttributeError as e:
    print("AttributeError", e)
class My(ast.NodeVisitor):
    pass
print(My().visit(ast.Pass()))
