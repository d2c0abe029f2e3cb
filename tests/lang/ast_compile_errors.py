# compile() of malformed trees: CPython's messages
import ast


def try_compile(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("compiled")
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


L = dict(lineno=1, col_offset=0)
try_compile(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
try_compile(ast.Module([ast.Expr(ast.Name("x", ast.Load()), **L)], []))
try_compile(ast.Module(ast.Pass(), []))
try_compile(ast.Module([ast.Pass(**L)]))
try_compile(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Name(1, ast.Load(), **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Name("x", 5, **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Pass(**L), **L)], []))
try_compile(ast.Module([7], []))
try_compile(ast.Name("x", ast.Load()))
try_compile(ast.Module([], []), "eval")
try_compile(ast.Expression(ast.Constant(1, **L)), "exec")
try_compile(ast.Expression(ast.Constant(1, **L)), "eval")
try_compile(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **L), ast.Add(), None, **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **L), ast.Add(), **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Name(None, ast.Load(), **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno="1", col_offset=0), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Constant(object(), **L), **L)], []))
try_compile(ast.Module([ast.Expr(ast.Call(ast.Name("f", ast.Load(), **L), ast.Name("a", ast.Load(), **L), [], **L), **L)], []))
try_compile(ast.Module([ast.ImportFrom("os", [ast.alias(5, **L)], 0, **L)], []))
try_compile(ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [ast.Pass(**L)], [], None, 12, **L)], []))
try_compile(ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Lt(), "x"], [ast.Constant(2, **L)], **L), **L)], []))
