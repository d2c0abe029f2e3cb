# Nested try/except* and loops inside clauses.
def inner():
    try:
        raise ExceptionGroup("inner", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("inner handled ValueError")

def outer():
    try:
        inner()
    except* TypeError as e:
        print("outer handled", repr(e))
    except* KeyError as e:
        print("outer handled", repr(e))

outer()

# break/continue inside a loop inside the clause are fine
try:
    raise ExceptionGroup("g", [ValueError(i) for i in range(4)])
except* ValueError as e:
    total = 0
    for sub in e.exceptions:
        if sub.args[0] == 2:
            continue
        if sub.args[0] == 3:
            break
        total += sub.args[0]
    print("total", total)

# a function defined in a clause may return
try:
    raise ExceptionGroup("g", [KeyError("k")])
except* KeyError as e:
    def first_key():
        return e.exceptions[0].args[0]
    print(first_key())

# try/except inside except*
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as e:
    try:
        raise RuntimeError("inside")
    except RuntimeError as r:
        print("caught", repr(r), repr(r.__context__))

# except* in a generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        yield "handled in generator"
print(list(gen()))
