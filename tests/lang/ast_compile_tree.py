# compile() of trees: parsed, modified, and built by hand
import ast

t = ast.parse("x = 6 * 7\nprint('x is', x)")
exec(compile(t, "<tree>", "exec"))

e = ast.parse("a + b * 2", mode="eval")
print(eval(compile(e, "<tree>", "eval"), {"a": 1, "b": 20}))


class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            if isinstance(node.op, ast.Mult):
                return ast.copy_location(ast.Constant(node.left.value * node.right.value), node)
        return node


t = Fold().visit(ast.parse("y = 3 * 4 * 5\nprint(y, 2 * 100000000000000000000)"))
print(ast.unparse(t))
exec(compile(t, "<folded>", "exec"))

m = ast.Module(body=[
    ast.Assign(targets=[ast.Name("z", ast.Store())], value=ast.Constant(10)),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                      [ast.BinOp(ast.Name("z", ast.Load()), ast.Pow(), ast.Constant(3)),
                       ast.Constant("s"), ast.Constant(b"b"), ast.Constant(1.5),
                       ast.Constant(2j), ast.Constant(None), ast.Constant(...)],
                      [ast.keyword("sep", ast.Constant("|"))])),
], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<built>", "exec"))

fn = ast.parse("def f(a, b=2, *c, d, **e):\n    return (a, b, c, d, e)").body[0]
fn.name = "g"
fn.body[0].value.elts.append(ast.Constant("extra"))
mod = ast.fix_missing_locations(ast.Module([fn], []))
ns = {}
exec(compile(mod, "<def>", "exec"), ns)
print(ns["g"](1, d=4, q=5))

src = "class C:\n    def m(self):\n        return [i * i for i in range(4) if i]\nprint(C().m())"
exec(compile(ast.parse(src), "<cls>", "exec"))
tr = ast.parse("try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('done')")
exec(compile(tr, "<try>", "exec"))
mt = ast.parse("match [1, 2]:\n    case [a, *b]:\n        print(a, b)")
exec(compile(mt, "<match>", "exec"))
single = ast.parse("1 + 1", mode="single")
exec(compile(single, "<single>", "single"))
code = compile(ast.parse("pass"), "name.py", "exec")
print(code.co_filename, type(code).__name__)
