e = ValueError("bad")
e.add_note("note one")
e.add_note("multi\nline")
try:
    raise e
except ValueError as x:
    x.add_note("third")
    raise ExceptionGroup("outer", [x, ExceptionGroup("inner", [KeyError("k"), TypeError()])])
