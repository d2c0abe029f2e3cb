class G(dict):
    def __missing__(self, k):
        return "missing:" + k
class H(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)
g = G()
exec("x = foo\ndef f():\n    return bar\ny = f()", g)
print(g["x"], g["y"])
h = H()
exec("z = magic + 1", h)
print(h["z"])
try:
    exec("nope", H())
except NameError as e:
    print(e)
l = G()
exec("w = qq", {}, l)
print(l["w"])
import builtins
class B(dict):
    def __missing__(self, k):
        return "builtin-missing:" + k
bd = B(vars(builtins))
ns = {"__builtins__": bd}
exec("def f():\n    return len('abc'), undefined_name\nr = f()\ns = other_name", ns)
print(ns["r"], ns["s"])
class Bad(dict):
    def __getitem__(self, k):
        raise ValueError("bad " + k)
try:
    exec("def f():\n    return zz\nf()", Bad())
except ValueError as e:
    print("ValueError", e)
try:
    exec("zz", Bad())
except ValueError as e:
    print("ValueError", e)
