# sys.exc_info() / sys.exception() inside except* clauses: the matched part.
import sys

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("V", repr(sys.exception()), sys.exception() is e)
except* TypeError as e:
    print("T", repr(sys.exc_info()[1]), sys.exc_info()[0].__name__)
print("after:", sys.exception())

try:
    raise KeyError("naked")
except* KeyError as e:
    print("naked:", repr(sys.exception()), sys.exception() is e)

# restored when the clause raises
def f():
    try:
        raise ExceptionGroup("eg", [OSError(1)])
    except* OSError:
        raise RuntimeError("in clause")
try:
    f()
except ExceptionGroup as outer:
    print("outer:", repr(sys.exception()) == repr(outer))
print("end:", sys.exception())

# nested handlers inside an except* clause
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as eg:
    try:
        raise TypeError("inner")
    except TypeError:
        print("inner:", repr(sys.exception()))
    print("back:", repr(sys.exception()))
