# comprehension nodes: generators, ifs, is_async, nested scopes
import ast

for src in ["[x for x in y]", "[x for x in y if x if z]", "{a: b for a in c for b in a}",
            "(y for x in z for y in x if y)", "[i async for i in aiter() if i]",
            "[[j for j in i] for i in k]", "{*a for a in b}"]:
    e = ast.parse(src, mode="eval").body
    print(type(e).__name__, [ast.dump(g) for g in e.generators])
    print([g.is_async for g in e.generators], [len(g.ifs) for g in e.generators])
    print(ast.unparse(e))
