# DeprecationWarning for invalid escape sequences in literals, as the
# parser issues it; an "error" filter makes it a SyntaxError at the literal.
import warnings, ast, subprocess, sys

def show(src, mode="eval"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', category=DeprecationWarning)
        try:
            r = eval(src) if mode == "eval" else compile(src, "f.py", mode)
            if mode == "eval":
                print(repr(r))
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.lineno, e.offset)
    for x in w:
        print(" ", x.category.__name__, str(x.message), x.filename, x.lineno)

show(r"'\z'")
show(r"b'\z'")
show(r"'\8' '\9'")
show(r"'\400'")
show(r"b'\777'")
show(r"'\1234'")
show("'''\n\\z'''")
show("('a'\n '\\q')")
show(r"f'\{6*7}'")
show(r"f'a\zb{1}\d'")
show(r"rb'\z' + rb'\q'")
show("x = '\\z'\ny = '\\z'\n", "exec")
show("def f():\n    return '\\w'\n", "exec")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.parse(r"'\z'")
print([str(x.message) for x in w])

for src in ("'''\n\\z'''", r"x = 1; y = b'\555'"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', category=DeprecationWarning)
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_offset, repr(e.text))
    print(w)

p = subprocess.run([sys.executable, "-W", "error", "-c", "print(1)\nx = '\\z'"],
                   capture_output=True, text=True)
print(p.returncode, p.stdout, p.stderr)
p = subprocess.run([sys.executable, "-W", "always", "-c", "x = '\\z'\nprint(x)"],
                   capture_output=True, text=True)
print(p.returncode, p.stdout, p.stderr)
