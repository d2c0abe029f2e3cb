# __format__ with a spec that is not a str raises TypeError (float's
# crashed reading None as a str).
class S(str):
    pass
class O:
    pass
for v in (3.0, 2.5, O()):
    for spec in (None, 1, b'x', S('')):
        try:
            print(repr(v.__format__(spec)) if not isinstance(v, O) else type(v.__format__(spec)).__name__)
        except Exception as e:
            print(type(v).__name__, type(e).__name__, e)
print(format(2.5, S('.3f')), (2.5).__format__(S('')))
