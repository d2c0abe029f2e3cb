import os, sys, warnings
def run(env):
    if env is None:
        os.environ.pop("PYTHONBREAKPOINT", None)
    else:
        os.environ["PYTHONBREAKPOINT"] = env
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = breakpoint(1, 2, sep="-")
        except Exception as e:
            r = type(e).__name__
    print(repr(env), r, [str(x.message) for x in w], [x.category.__name__ for x in w])
for env in ["0", "print", "builtins.print", ".", "..", ".foo", "foo.", ".int", "int.", "nosuchbuiltin",
            "nosuchmodule.nosuchcallable", "/./", "os.path.join"]:
    run(env)
sys.breakpointhook = lambda *a, **k: ("custom", a, k)
print(breakpoint(3, x=4))
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
