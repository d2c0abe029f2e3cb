# ast.parse(feature_version=): newer syntax is a SyntaxError (CHECK_VERSION)
import ast
cases = ['def foo(x, /): ...', 'def bar(x=1, /): ...', 'lambda x, /: ...', 'lambda x=1, /: ...',
         'with (CtxManager() as example): ...', 'with CtxManager() as example: ...', 'with (a, b): ...',
         'f"{x=}"', 'f"{x}"', '(x := 0)', 'try: ...\nexcept* Exception: ...\n', 'try: ...\nexcept Exception: ...\n',
         'match x:\n case 1: pass\n', 'x = f"{(y := 1)}"', 'def f(a, *, b): ...']
for v in [(3, 7), (3, 8), (3, 9), (3, 10), (3, 11), None]:
    for c in cases:
        try:
            ast.parse(c, feature_version=v)
            r = "ok"
        except SyntaxError as e:
            r = "%s %s %s" % (e.msg, e.lineno, e.offset)
        print(v, repr(c), r)
