# structural pattern matching over nodes via __match_args__
import ast


def describe(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return f"const add {a} {b}"
        case ast.BinOp(left, op, right):
            return f"binop {type(op).__name__} {describe(left)} {describe(right)}"
        case ast.Name(id=name, ctx=ast.Load()):
            return f"load {name}"
        case ast.Call(ast.Name(fn), args, []):
            return f"call {fn} with {len(args)}"
        case ast.Constant(value=str() as s):
            return f"str {s!r}"
        case ast.Constant(v):
            return f"const {v!r}"
        case _:
            return "other " + type(node).__name__


for src in ["1 + 2", "a * 3", "f(1, 2)", "'x'", "3.5", "[1]", "a - (b + c)", "g(k=1)"]:
    print(src, "->", describe(ast.parse(src, mode="eval").body))
