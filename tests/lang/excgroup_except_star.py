# except*: each clause handles the matching part of the group.
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError clause:", repr(e))
    except* TypeError as e:
        print("  TypeError clause:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  lookup clause:", repr(e))

for exc in [
    ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), IndexError(4)]),
    ExceptionGroup("values", [ValueError(1), ValueError(2)]),
    ExceptionGroup("nested", [ExceptionGroup("inner", [TypeError(1)]), ValueError(2)]),
    ValueError("naked"),
    KeyError("naked key"),
]:
    print(repr(exc))
    run(exc)

# unhandled parts are re-raised as a group
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError(2), TypeError(3)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# a naked exception not handled is re-raised as itself
try:
    try:
        raise OSError("plain")
    except* ValueError:
        print("no")
except OSError as e:
    print("plain re-raise:", repr(e))

# else and finally
def with_else(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")
with_else(True)
with_else(False)

# the variable is cleared after the clause
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)
