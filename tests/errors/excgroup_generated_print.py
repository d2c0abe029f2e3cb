# Generated shape: split parts of a nested group with notes and causes, re-raised uncaught.
e1 = ValueError(1)
e2 = OSError(2)
e2.__cause__ = RuntimeError('cause 2')
e3 = TypeError(3)
e3.__cause__ = RuntimeError('cause 3')
try:
    raise ValueError(4)
except ValueError as _x:
    e4 = _x
e4.__cause__ = RuntimeError('cause 4')
g5 = ExceptionGroup('group 5', [e3, e4])
g5.add_note('group note')
g6 = ExceptionGroup('group 6', [e2, g5])
e7 = TypeError(7)
e7.add_note('note 7' + '\nline2' * 0)
g8 = ExceptionGroup('group 8', [e7])
g9 = ExceptionGroup('group 9', [g6, g8])
g9.add_note('group note')
e10 = TypeError(10)
g11 = ExceptionGroup('group 11', [e1, g9, e10])
try:
    raise g11
except ExceptionGroup as _g:
    _m, _r = _g.split(TypeError)
    print(repr(_m), repr(_r))
    raise (_r or _m)
