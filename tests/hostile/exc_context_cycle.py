# A cycle in __context__ must not make traceback printing loop forever.
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
raise a
