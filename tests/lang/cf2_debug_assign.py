# "cannot assign to __debug__": every binding form, at CPython's positions
cases = [
 "obj.__debug__ = 1", "__debug__ = 1", "__debug__: int", "x.__debug__: int", "del __debug__", "del x.__debug__",
 "def f(*, x=lambda __debug__:0): pass", "def f(*args:(lambda __debug__:0)): pass",
 "def f(**kwargs:(lambda __debug__:0)): pass", "def f(**__debug__): pass", "def f(*xx, __debug__): pass",
 "def f(__debug__): pass", "def f(*__debug__): pass", "lambda __debug__: 0", "lambda *__debug__: 0",
 "def __debug__(): pass", "class __debug__: pass", "import __debug__", "from x import __debug__",
 "import x as __debug__", "for __debug__ in x: pass", "with x as __debug__: pass", "f(__debug__=1)",
 "(__debug__ := 1)", "[x for __debug__ in y]", "x.__debug__ += 1", "__debug__ += 1",
 "async def f():\n  async for __debug__ in x: pass", "except_ = 1\ntry: pass\nexcept E as __debug__: pass",
 "match x:\n case __debug__: pass", "match x:\n case [*__debug__]: pass", "match x:\n case {**__debug__}: pass",
 "match x:\n case C(__debug__=1): pass", "match x:\n case 1 as __debug__: pass", "global __debug__", "nonlocal __debug__",
 "a, __debug__ = 1, 2", "[a, x.__debug__] = 1, 2", "def f(a, /, __debug__): pass", "def f(*, __debug__=1): pass",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print("ok", repr(c))
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
