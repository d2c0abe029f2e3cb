# nodes pickle-reduce and copy like CPython's
import ast
import copy

t = ast.parse("a = [b, c + 1]")
r = ast.Name("x", ast.Load()).__reduce__()
print(r[0].__name__, r[1], sorted(r[2]), type(r[2]['ctx']).__name__)
print(ast.AST().__reduce__()[0].__name__, ast.AST().__reduce__()[1:])
t2 = copy.deepcopy(t)
print(ast.dump(t2, include_attributes=True) == ast.dump(t, include_attributes=True))
print(t2.body[0] is t.body[0])
t3 = copy.copy(t)
print(t3.body is t.body)
