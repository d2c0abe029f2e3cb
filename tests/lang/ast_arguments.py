# the arguments node in all its shapes
import ast

for sig in ["", "a", "a, b=1", "a, /", "a, /, b", "a=1, /, b=2", "*args", "*, k", "*, k=1, j",
            "**kw", "a: int, *b: str, c: float = 1.0, **d: bytes", "a, b=2, /, c=3, *d, e, f=4, **g"]:
    args = ast.parse(f"def f({sig}): pass").body[0].args
    print(repr(sig))
    print("  ", ast.dump(args))
    print("  ", [a.arg for a in args.posonlyargs], [a.arg for a in args.args],
          args.vararg and args.vararg.arg, [a.arg for a in args.kwonlyargs],
          [d if d is None else ast.unparse(d) for d in args.kw_defaults],
          args.kwarg and args.kwarg.arg, [ast.unparse(d) for d in args.defaults])
lam = ast.parse("lambda x, *y, z=3: 0", mode="eval").body.args
print(ast.dump(lam, include_attributes=True))
