# try/except/else/finally, raise, re-raise, chaining, exception attributes.
def check(v):
    try:
        r = 10 // v
    except ZeroDivisionError as e:
        print("zero:", e)
        return "handled"
    else:
        print("else", r)
    finally:
        print("finally", v)
    return r
print(check(2), check(0))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e, e.args)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise TypeError("converted") from e
except TypeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print("context:", type(e.__context__).__name__, e)
for exc in (IndexError, KeyError, ValueError):
    try:
        raise exc("x")
    except (IndexError, KeyError) as e:
        print("tuple caught", type(e).__name__)
    except Exception as e:
        print("generic", repr(e))
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return "end"
print(loop_finally())
def ret_finally():
    try:
        return "try"
    finally:
        print("runs before return")
print(ret_finally())
try:
    [][1]
except IndexError as e:
    print(e)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
