# split() and subgroup() by type, tuple of types and predicate.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
    ExceptionGroup("only types", [TypeError(5)]),
])

def show(label, pair):
    match, rest = pair
    print(label, repr(match), "|", repr(rest))

show("ValueError", eg.split(ValueError))
show("TypeError", eg.split(TypeError))
show("LookupError", eg.split(LookupError))
show("(Value, Key)", eg.split((ValueError, KeyError)))
show("Exception", eg.split(Exception))
show("OSError", eg.split(OSError))
show("pred", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("group pred", eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested"))

print(repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg)
print(eg.split(ExceptionGroup)[0] is eg)

# the parts are new groups made by derive(), nesting preserved
m, r = eg.split(ValueError)
print(m is eg, type(m).__name__, m.message, len(m.exceptions))
print(m.exceptions[0] is eg.exceptions[0])

for bad in (5, (ValueError, 5), "ValueError", [ValueError]):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    eg.subgroup()
except TypeError as e:
    print("TypeError", e)

# a predicate that raises
def boom(e):
    raise RuntimeError("predicate failed")
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError", e)

# BaseExceptionGroup stays base when splitting out the Exceptions
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
m, r = beg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
