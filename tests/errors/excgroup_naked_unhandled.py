def f():
    try:
        raise KeyError("not handled")
    except* ValueError:
        pass
f()
