# ast.dump of statements compared with CPython, with and without positions
import ast

SRC = [
    "x = 1",
    "a, *b = c",
    "x += 1; y -= 2; z @= w",
    "x: int = 3",
    "(x): int",
    "del a, b[0], c.d",
    "pass\nbreak\ncontinue",
    "import os, sys as system",
    "from . import a\nfrom ..b.c import d as e, f",
    "from os.path import *",
    "global g\nnonlocal n",
    "assert x, 'msg'",
    "raise E from None",
    "raise",
    "return x",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e",
    "while x:\n    pass\nelse:\n    y",
    "for i, j in z:\n    pass\nelse:\n    q",
    "async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z",
    "with open(f) as (a, b), g:\n    pass",
]

for src in SRC:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
