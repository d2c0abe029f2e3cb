# split() copies traceback, cause, context and notes onto each part.
def raise_group():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")

try:
    raise_group()
except ExceptionGroup as e:
    eg = e

eg.add_note("a note")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part))
    print(" tb same:", part.__traceback__ is eg.__traceback__)
    print(" cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print(" context:", repr(part.__context__), part.__context__ is eg.__context__)
    print(" suppress:", part.__suppress_context__)
    print(" notes:", part.__notes__, part.__notes__ is eg.__notes__)

# a group without notes gives parts without notes
plain = ExceptionGroup("p", [ValueError(), TypeError()])
m, r = plain.split(ValueError)
print(hasattr(m, "__notes__"), m.__suppress_context__, m.__traceback__)

# a context-only group: parts get __suppress_context__ set (3.11 copies the cause with it)
try:
    try:
        raise OSError("first")
    except OSError:
        raise ExceptionGroup("second", [ValueError(), TypeError()])
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(repr(m.__context__), m.__suppress_context__, e.__suppress_context__)
