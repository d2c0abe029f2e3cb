# __format__ of the builtin types called directly with a spec that is not
# a str: TypeError (float.__format__ used to read the int as a str).
import datetime
import fractions


class S(str):
    pass


values = [1.5, 7, True, "x", 2j, datetime.date(2020, 1, 2), datetime.time(3, 4),
          datetime.datetime(2020, 1, 2, 3, 4), fractions.Fraction(1, 3),
          object(), None]
for v in values:
    for spec in (2, None, b"x", 1.5, [""]):
        try:
            r = type(v).__format__(v, spec)
            print(type(v).__name__, repr(spec), "->", repr(r))
        except TypeError as e:
            print(type(v).__name__, repr(spec), "TypeError", e)
    if not isinstance(v, object.__class__) and type(v) is not object:
        try:
            print(type(v).__name__, "str subclass spec", repr(type(v).__format__(v, S(""))))
        except TypeError as e:
            print(type(v).__name__, "str subclass spec", "TypeError", e)
