# Errors raised by the objects a pattern touches propagate out of match.
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq failed")

try:
    match BadEq():
        case 1:
            pass
except RuntimeError as e:
    print("RuntimeError", e)

class BadAttr:
    __match_args__ = ("a",)
    @property
    def a(self):
        raise KeyError("a property")

try:
    match BadAttr():
        case BadAttr(1):
            pass
except KeyError as e:
    print("KeyError", e)

# AttributeError from a property means "no match"
class NoAttr:
    __match_args__ = ("a",)
    @property
    def a(self):
        raise AttributeError("nope")
match NoAttr():
    case NoAttr(1):
        print("no")
    case _:
        print("AttributeError -> no match")

# an error in a guard
try:
    match [1]:
        case [x] if x.missing:
            pass
except AttributeError as e:
    print("AttributeError", e)

# isinstance errors from a metaclass-free class are fine; a bad class is not
try:
    match 1:
        case print():
            pass
except TypeError as e:
    print("TypeError", e)

# the exception has a traceback through the match
def deep(v):
    match v:
        case {"k": BadEq() as b}:
            return b
        case {"k": 1}:
            return 1
try:
    deep({"k": BadEq()})
except Exception as e:
    print(type(e).__name__, e)
