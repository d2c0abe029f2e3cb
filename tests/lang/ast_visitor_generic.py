# NodeVisitor dispatch order, generic_visit, visit_Constant
import ast


class Trace(ast.NodeVisitor):
    def __init__(self):
        self.depth = 0

    def generic_visit(self, node):
        print("  " * self.depth + type(node).__name__)
        self.depth += 1
        super().generic_visit(node)
        self.depth -= 1

    def visit_Constant(self, node):
        print("  " * self.depth + "Constant " + repr(node.value))


Trace().visit(ast.parse("for i in range(3):\n    if i % 2:\n        print(i, 'odd')\n    else:\n        continue"))
Trace().visit(ast.parse("lambda a=1, *, b=2: a + b", mode="eval"))
Trace().visit(ast.parse("with a as b:\n    async def f(): await g()"))
