# str() and repr() of groups; message and exceptions are read-only.
eg = ExceptionGroup("two", [ValueError(1), TypeError("t")])
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError()] * 3)))
print(repr(BaseExceptionGroup("b", (KeyboardInterrupt(),))))
nested = ExceptionGroup("outer", [eg, ExceptionGroup("inner", [KeyError("k")])])
print(nested)
print(repr(nested))
print(f"{nested!s} / {nested!r}")

for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print("AttributeError", e)

# other attributes can be set
eg.extra = 5
print(eg.extra)
print(eg.__cause__, eg.__context__, eg.__traceback__)
