# ast.parse over real library files: node counts and dump sizes match CPython's
import ast

for name in ["textwrap", "string", "bisect", "heapq", "keyword", "colorsys", "ast"]:
    path = "/usr/lib/python3.11/%s.py" % name
    with open(path, encoding="utf-8") as f:
        src = f.read()
    tree = ast.parse(src, filename=path)
    counts = {}
    for node in ast.walk(tree):
        counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
    print(name, len(ast.dump(tree, include_attributes=True)), sorted(counts.items())[:12])
    last = max((n for n in ast.walk(tree) if hasattr(n, "end_lineno")), key=lambda n: (n.end_lineno, n.end_col_offset))
    print("  last", type(last).__name__, last.end_lineno, last.end_col_offset)
    print("  roundtrip", ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))
