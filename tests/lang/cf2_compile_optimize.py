# compile(..., optimize=N): 1 drops asserts and makes __debug__ False,
# 2 also drops docstrings; -1 is the interpreter's level (0 here)
import ast

codestr = '''def f():
    """doc"""
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)

class C:
    "class doc"
    x = __debug__
'''
for optval in (-1, 0, 1, 2):
    for how in ("text", "tree"):
        src = codestr if how == "text" else ast.parse(codestr)
        code = compile(src, "<test>", "exec", optimize=optval)
        ns = {"__doc__": "unset"}
        exec(code, ns)
        print(optval, how, ns["f"](), ns["C"].__doc__, ns["C"].x)
code = compile('"module doc"\nx = 1', "<m>", "exec", optimize=2)
ns = {}
exec(code, ns)
print(ns.get("__doc__"), ns["x"])
print(eval("__debug__"), eval(compile("__debug__", "<e>", "eval", optimize=1)))
import builtins
print(builtins.__debug__)
def g():
    "g doc"
    return __debug__
print(g(), g.__doc__)
try:
    compile("x", "<e>", "eval", optimize=3)
except ValueError as e:
    print(e)
