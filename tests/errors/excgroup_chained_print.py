def g():
    try:
        raise OSError("disk")
    except OSError as err:
        raise ExceptionGroup("wrapped", [TypeError("t")]) from err

try:
    g()
except ExceptionGroup as eg:
    raise RuntimeError("while handling the group")
