# except* together with else/finally, return and loops in the try body.
def f(kind):
    log = []
    try:
        try:
            log.append("body")
            if kind == "group":
                raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
            if kind == "return":
                return log + ["returned"]
        except* ValueError:
            log.append("values")
        except* TypeError:
            log.append("types")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append(repr(e))
    return log

for kind in ["group", "none", "return"]:
    print(kind, f(kind))

def g():
    found = []
    for i in range(5):
        try:
            if i == 3:
                break
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            found.append(i)
        except* ValueError as e:
            found.append(-e.exceptions[0].args[0])
    return found
print(g())

# an exception in finally after except* replaces the group
def h():
    try:
        raise ExceptionGroup("g", [KeyError(1)])
    except* ValueError:
        pass
    finally:
        raise RuntimeError("finally wins")
try:
    h()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# unhandled parts propagate through finally
def k():
    try:
        raise ExceptionGroup("g", [KeyError(1), ValueError(2)])
    except* ValueError:
        print("k handled ValueError")
    finally:
        print("k finally")
try:
    k()
except ExceptionGroup as e:
    print("k raised", repr(e))
