# A codec's exception is re-raised as "encoding with 'name' codec failed
# (Type: msg)" when it can be re-created from a message, chained from the
# original; codec lookup failures and rich exceptions are left alone.
import codecs

TO_RAISE = [None]

def raiser(*args, **kwds):
    raise TO_RAISE[0]

def search(name):
    if name == "conf_chain_test":
        return codecs.CodecInfo(raiser, raiser, name=name)
    return None

codecs.register(search)

class Sub(RuntimeError):
    pass
class Slots(RuntimeError):
    __slots__ = ()
class CustomInit(RuntimeError):
    def __init__(self):
        pass
class CustomNew(RuntimeError):
    def __new__(cls):
        return super().__new__(cls)
with_attr = RuntimeError("has an attribute")
with_attr.attr = 1

for exc in [RuntimeError, RuntimeError("msg"), Sub("sub"), Slots("slots"), LookupError("lk"),
            CustomInit, CustomNew, with_attr, RuntimeError(1), RuntimeError("a", "b"),
            OSError(2, "no such"), UnicodeError("u"), KeyError("k"), ValueError()]:
    TO_RAISE[0] = exc
    for op in [lambda: "text".encode("conf_chain_test"), lambda: codecs.encode("text", "conf_chain_test"),
               lambda: b"data".decode("conf_chain_test"), lambda: codecs.decode(b"data", "conf_chain_test")]:
        try:
            op()
        except Exception as e:
            cause = e.__cause__
            print(type(e).__name__, "|", e, "|", type(cause).__name__ if cause else None,
                  cause.__traceback__ is not None if cause else "")

for bad in [lambda: "x".encode("conf_no_such_codec"), lambda: codecs.decode(b"x", "conf_no_such_codec")]:
    try:
        bad()
    except LookupError as e:
        print("LookupError", e, e.__cause__)
for enc in ["utf-16", "UTF16", "utf_32", "utf-16-le", "utf-32-be"]:
    try:
        "\ud800".encode(enc, "conf.no.such.handler")
    except LookupError as e:
        print(enc, "LookupError", e)
