# compile() of match statements built as trees: pattern checks, then running them
import ast
def t(pat):
    m = ast.Module([ast.Match(ast.Name("x", ast.Load()), [ast.match_case(pat, None, [ast.Pass()])])], [])
    ast.fix_missing_locations(m)
    try:
        compile(m, "<p>", "exec"); print("compiled")
    except Exception as e:
        print(type(e).__name__, e)
t(ast.MatchValue(ast.Name("y", ast.Load())))
t(ast.MatchValue(ast.Constant(1)))
t(ast.MatchStar("s"))
t(ast.MatchSequence([ast.MatchStar("a"), ast.MatchStar("b")]))
t(ast.MatchMapping([ast.Constant(1)], [], None))
t(ast.MatchClass(ast.Name("C", ast.Load()), [], ["a"], []))
t(ast.MatchAs(ast.MatchAs(None, "a"), None))
t(ast.MatchOr([]))
t(ast.MatchAs(None, "_"))
t(ast.MatchSingleton(5))
t(ast.MatchMapping([], [], "_"))
t(ast.MatchClass(ast.Constant(1), [], [], []))
t(ast.MatchMapping([ast.Constant(None), ast.Constant("k")], [ast.MatchAs(None, "a"), ast.MatchAs(None, "b")], "rest"))
t(ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1))))
t(ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j))))
t(ast.MatchValue(ast.Constant(None)))
t(ast.MatchValue(ast.UnaryOp(ast.Not(), ast.Constant(1))))
t(ast.MatchClass(ast.Attribute(ast.Name("m", ast.Load()), "C", ast.Load()), [], ["None"], [ast.MatchAs(None, "v")]))
t(ast.MatchAs(None, "None"))
t(ast.MatchStar(None))
t(ast.MatchSequence([ast.MatchStar("rest")]))
t(ast.MatchOr([ast.MatchValue(ast.Constant(1)), ast.MatchValue(ast.Constant(2))]))

src = "match v:\n    case [1, *r]: print('seq', r)\n    case {'k': x}: print('map', x)\n    case int(n) if n > 5: print('big', n)\n    case _: print('other')"
tree = ast.parse(src)
code = compile(tree, "<m>", "exec")
for v in ([1, 2, 3], {"k": 9}, 7, 2):
    exec(code, {"v": v})
