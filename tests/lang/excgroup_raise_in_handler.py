# Raising inside except* clauses: new exceptions are combined with the rest.
def f(action):
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        if action == "reraise":
            raise
        if action == "new":
            raise RuntimeError("from handler")
        if action == "raise e":
            raise e
    except* TypeError:
        if action == "new":
            raise OSError("second")

for action in ["none", "reraise", "new", "raise e"]:
    try:
        f(action)
    except BaseException as e:
        print(action, "->", repr(e))
        for sub in e.exceptions:
            print("   ", repr(sub), repr(sub.__context__))

# a naked exception: what the handler raises replaces it
def g(how):
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("handling", repr(e))
        if how == "new":
            raise KeyError("replacement")
        raise
for how in ["new", "reraise"]:
    try:
        g(how)
    except BaseException as e:
        print(how, "->", repr(e), repr(e.__context__))

# everything handled, nothing raised
def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        return_value = "handled"
    return return_value
print(h())
