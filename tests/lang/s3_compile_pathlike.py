# compile() takes its filename as str, bytes or an os.PathLike (runpy's
# run_path hands it a pathlib.Path); other types are refused.
import pathlib

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

for fn in ["a.py", b"b.py", pathlib.Path("c.py"), P("d.py"), P(b"e.py")]:
    code = compile("x = 1\n", fn, "exec")
    print(type(fn).__name__, code.co_filename)
for bad in [1, None, P(3), object()]:
    try:
        compile("x = 1", bad, "exec")
    except TypeError as e:
        print("TypeError", str(e).replace("builtins.", ""))
try:
    compile("1 +", pathlib.Path("f.py"), "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
