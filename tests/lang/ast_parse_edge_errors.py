# syntax-error positions at the edges of the input, through ast.parse
import ast

for src, mode in [("", "eval"), ("1 +", "eval"), ("a\nb", "single"), ("x = ", "exec"),
                  ("  ", "eval"), ("a\n\nb\n", "single")]:
    try:
        ast.parse(src, mode=mode)
        print("parsed", repr(src))
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, repr(e.text))
    try:
        ast.literal_eval(src)
    except Exception as e:
        print(type(e).__name__, e)
