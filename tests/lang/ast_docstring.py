# ast.get_docstring (it imports inspect for cleandoc)
import ast

src = '''
def f():
    """doc
    second line"""

class C:
    "class doc"

async def g(): 1

def h():
    x = 1
'''
tree = ast.parse(src)
for node in tree.body:
    print(type(node).__name__, repr(ast.get_docstring(node)))
print(ast.get_docstring(tree))
print(ast.get_docstring(ast.parse('"""  indented\n    more\n  """'), clean=True))
print(repr(ast.get_docstring(ast.parse('"""  x\n    y"""'), clean=False)))
try:
    ast.get_docstring(ast.parse("x").body[0])
except Exception as e:
    print(type(e).__name__, e)
