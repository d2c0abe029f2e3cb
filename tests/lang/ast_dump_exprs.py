# ast.dump of expressions in 'eval' mode
import ast

SRC = [
    "a and b or not c",
    "(x := 10)",
    "-a + +b * ~c ** d // e % f @ g",
    "a << b >> c | d ^ e & f",
    "lambda x, /, y=1, *args, z, w=2, **kw: x",
    "a if b else c",
    "{1: 2, **d, 3: 4}",
    "{1, 2, *s}",
    "[x for x in y if x if not x]",
    "{x for x in y}",
    "{k: v for k, v in items for j in k}",
    "(x async for x in y)",
    "a < b <= c > d >= e == f != g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "a.b.c",
    "a[1:2, ::3, ...]",
    "a[b]",
    "[*a, b]",
    "(a, b)",
    "()",
    "f'a{b!s}{c:{d}}e'",
    "'abc' 'def'",
    "u'unicode'",
    "b'by' b'tes'",
    "1_000_000 + 0x10 + 0o7 + 0b1 + 1e10 + 2.5j",
    "123456789012345678901234567890",
    "None, True, False, ...",
]

for src in SRC:
    tree = ast.parse(src, mode="eval")
    print(ast.dump(tree, include_attributes=True))
