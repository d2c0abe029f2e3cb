e = ValueError(1)
e.__notes__ = ["a", 5, "b\nc", ""]
g = ExceptionGroup("g", [e])
g.__notes__ = 42
raise g
