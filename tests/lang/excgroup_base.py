# BaseExceptionGroup with BaseException members through except*.
def f():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
    except* KeyboardInterrupt as e:
        print("interrupt:", repr(e))
    except* ValueError as e:
        print("value:", repr(e))

try:
    f()
except BaseExceptionGroup as e:
    print("left over:", type(e).__name__, repr(e))

try:
    try:
        raise SystemExit(3)
    except* SystemExit as e:
        print("naked SystemExit wrapped:", type(e).__name__, repr(e))
        raise
except SystemExit as e:
    print("no")
except BaseExceptionGroup as e:
    print("re-raised wrapper:", repr(e))

# catching with except* Exception leaves the BaseExceptions
try:
    try:
        raise BaseExceptionGroup("mix", [GeneratorExit(), TypeError(1)])
    except* Exception as e:
        print("exceptions:", repr(e))
except BaseExceptionGroup as e:
    print("rest:", repr(e))
