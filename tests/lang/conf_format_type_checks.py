# __format__ must return a str (an f-string of a bad one crashed krait); type()
# names without NULs and encodable; __slots__ names must be identifiers.
class BadFormatResult:
    def __format__(self, spec): return 1.0
class StrSub(str): pass
class SubFormat:
    def __format__(self, spec): return StrSub("sub")
for f in [lambda: format(BadFormatResult(), ""), lambda: f"{BadFormatResult()}", lambda: "{}".format(BadFormatResult()), lambda: type(format(SubFormat())).__name__,
          lambda: type('A\x00B', (), {}), lambda: type('A\udcdcB', (), {}), lambda: type(b'A', (), {}),
          lambda: type('A', (), {'__slots__': b'x'}), lambda: type('A', (int,), {'__slots__': 'x'}), lambda: type('A', (), {'__slots__': ''}), lambda: type('A', (), {'__slots__': '42'}), lambda: type('A', (), {'__slots__': ['a', 'a']}),
          lambda: type('A', (int,), {'__slots__': ()}).__name__]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
