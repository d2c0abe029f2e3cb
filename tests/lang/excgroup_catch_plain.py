# Groups caught with plain except clauses.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ValueError:
    print("not a ValueError")
except ExceptionGroup as e:
    print("caught group", repr(e))

try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("no")
except BaseExceptionGroup as e:
    print("caught base group", repr(e))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except Exception as e:
    print("ExceptionGroup is an Exception:", type(e).__name__)

# iterate over a caught group
try:
    raise ExceptionGroup("errors", [ValueError(i) for i in range(3)])
except* ValueError as eg:
    print([str(e) for e in eg.exceptions])

# raise ... from inside a handler
try:
    try:
        raise ValueError("original")
    except ValueError as err:
        raise ExceptionGroup("wrapped", [err]) from err
except ExceptionGroup as eg:
    print(repr(eg.__cause__), eg.exceptions[0] is eg.__cause__)

# a leaf that is itself a group member twice
v = ValueError("twice")
eg = ExceptionGroup("dup", [v, v])
m, r = eg.split(ValueError)
print(m is eg, r)
