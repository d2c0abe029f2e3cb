# A bare raise in an except* clause for a naked exception re-raises its wrapper group.
try:
    raise ValueError(5)
except* ValueError as e:
    print(e.__traceback__, e.exceptions[0].__traceback__ is not None)
    raise
