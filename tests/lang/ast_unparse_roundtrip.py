# ast.unparse, and parse(unparse(t)) giving the same tree
import ast

SRC = [
    "x = 1 + 2 * 3",
    "(1 + 2) * 3",
    "a ** -b",
    "-(a ** b)",
    "not (a and b)",
    "lambda x, *y, z=1, **w: (x, y)",
    "f(*args, key=value, **kw)",
    "x[1:2, ::3]",
    "[i for i in range(10) if i % 2]",
    "{k: v for k, v in d.items()}",
    "print(f'{x!r:>{width}} and {y=}')",
    "def f(a, /, b, *, c=1) -> int:\n    return a",
    "class A(B, metaclass=M):\n    pass",
    "async def f():\n    async with a as b:\n        await c",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nfinally:\n    pass",
    "with a as (b, c):\n    pass",
    "global x",
    "del a[0], b.c",
    "x: list[int] = []",
    "assert x, 'message'",
    "while True:\n    break\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case C(a, b=c) | None:\n        pass",
    "x = yield y",
    "a if b else c if d else e",
    "'\\n\\t' + \"'\" + b'\\x00'",
    "1e400 + 1j",
    "from .. import a as b",
    "(x := 5)",
    "x = *a, *b",
]
for src in SRC:
    t = ast.parse(src)
    text = ast.unparse(t)
    print(text)
    again = ast.parse(text)
    print(ast.dump(again) == ast.dump(t))
