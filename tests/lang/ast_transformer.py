# NodeVisitor and NodeTransformer over parsed trees
import ast


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0

    def visit_Name(self, node):
        self.names.append(node.id)

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


t = ast.parse("print(len(a) + b, c)\nd = e(f)")
c = Counter()
c.visit(t)
print(c.names, c.calls)


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 2)
        return node


class Split(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, ast.Expr(ast.Constant("after"))]


t = ast.parse("x = y + 1\nif x:\n    pass\n    z(2)\nelse:\n    pass")
t = Rename().visit(t)
print(ast.unparse(t))
t = DropPass().visit(t)
print(ast.unparse(t))
t = Double().visit(t)
print(ast.unparse(t))
t = Split().visit(t)
print(ast.unparse(t))
print(ast.dump(ast.fix_missing_locations(t), include_attributes=True))
