inner = ExceptionGroup("inner", [KeyError("k"), TypeError()])
raise ExceptionGroup("outer", [ValueError(1), inner, BaseExceptionGroup("base", [ValueError(2)])])
