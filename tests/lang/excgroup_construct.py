# BaseExceptionGroup / ExceptionGroup construction rules and messages.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ExceptionGroup("m", [ValueError(1)]))
t(lambda: BaseExceptionGroup("m", [ValueError(1)]))
t(lambda: BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", ()))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup("m", {ValueError()}))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [ValueError(), "x"]))
t(lambda: ExceptionGroup("m", [ValueError]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup(None, [ValueError()]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup())
t(lambda: ExceptionGroup("m", [ValueError()], 3))
t(lambda: ExceptionGroup("m", [ValueError()], x=3))
t(lambda: ExceptionGroup("m", excs=[ValueError()]))
t(lambda: ExceptionGroup("m", (ValueError(),)))
t(lambda: ExceptionGroup("m", "ab"))
t(lambda: ExceptionGroup("m", range(3)))
t(lambda: BaseExceptionGroup("m", [SystemExit(1)]))
t(lambda: BaseExceptionGroup("m", [ExceptionGroup("inner", [ValueError()])]))
t(lambda: BaseExceptionGroup("m", [BaseExceptionGroup("inner", [GeneratorExit()])]))
t(lambda: ExceptionGroup("m", [BaseExceptionGroup("inner", [GeneratorExit()])]))

# the exceptions are stored as a tuple; args keep what was passed
excs = [ValueError(1), TypeError(2)]
eg = ExceptionGroup("msg", excs)
print(eg.message, eg.exceptions, eg.args)
print(eg.exceptions is eg.exceptions, type(eg.exceptions).__name__)
excs.append(KeyError(3))
print(len(eg.exceptions), len(eg.args[1]))

print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(isinstance(BaseExceptionGroup("m", [KeyboardInterrupt()]), Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
