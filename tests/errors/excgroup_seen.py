try:
    raise ValueError(1)
except ValueError as a:
    try:
        raise TypeError(2)
    except TypeError as b:
        raise ExceptionGroup("g", [a, b])
