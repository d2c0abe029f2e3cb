# Exception attributes with checked setters (__cause__, __context__,
# __suppress_context__), SyntaxError's constructor, except-clause checks,
# AttributeError.name/.obj from object.__getattribute__.
import sys

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

e = Exception()
for attr, val in [('__cause__', 1), ('__context__', 1), ('__suppress_context__', 1),
                  ('__cause__', None), ('__context__', KeyError()),
                  ('__suppress_context__', False), ('__suppress_context__', True),
                  ('args', None), ('args', [1, 2]), ('__traceback__', 1)]:
    try:
        setattr(e, attr, val)
        print(attr, 'ok', repr(getattr(e, attr)))
    except Exception as x:
        print(attr, type(x).__name__, x)
for attr in ['__cause__', '__context__', '__suppress_context__', 'args', '__traceback__']:
    try:
        delattr(e, attr)
        print(attr, 'deleted')
    except Exception as x:
        print(attr, type(x).__name__, x)

try:
    raise Exception()
except Exception as exc:
    x = exc
print(x.__context__, x.__cause__, x.__suppress_context__)
x.__context__ = NameError()
x.__cause__ = None
print(type(x.__context__).__name__, x.__cause__, x.__suppress_context__)
x.__suppress_context__ = False
print(x.__suppress_context__)

# except clauses: every tuple item must be an exception class
for src in ["raise ValueError", "raise KeyError"]:
    for m in ["42", "(ValueError, 42)", "(42, ValueError)", "(KeyError, 42)",
              "((KeyError, ValueError), IndexError)", "(KeyError, ValueError)", "()"]:
        try:
            exec(f"try:\n    {src}\nexcept {m}:\n    print('caught')")
        except Exception as x:
            print(src, m, type(x).__name__, x)

# SyntaxError(msg, details)
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1),
             ("bad.py", 1, 2, "abcdefg", 1, 3), ("bad.py", 1, 2, "abcdefg"),
             ["f.py", 3, 4, "text"], 5]:
    try:
        s = SyntaxError("bad bad", args)
        print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
    except Exception as x:
        print(type(x).__name__, x)
print(str(SyntaxError()), SyntaxError("m").msg, SyntaxError("a", "b", "c").msg)

# AttributeError context
class D:
    blech = None
obj = D()
for f in (lambda: object.__getattribute__(obj, "bluch"), lambda: getattr(obj, "bluch"),
          lambda: obj.bluch, lambda: D.__getattribute__(obj, "zz")):
    try:
        f()
    except AttributeError as x:
        print(x.name, x.obj is obj, x)

# the suggestion follows an exception whose str() fails
class NonStr:
    __str__ = None
    __repr__ = None
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(NonStr())
class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError("Error", 23)
for cls in (A, B):
    try:
        cls().bluch
    except AttributeError as x:
        print(x.name, type(x.obj).__name__)
        sys.stderr = sys.stdout
        sys.__excepthook__(type(x), x, None)
        sys.stderr = sys.__stderr__
