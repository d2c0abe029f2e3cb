# sum(): argument count and the str/bytes/bytearray start values it refuses.
for args in [(), (42,), (['a', 'b', 'c'],), (['a', 'b', 'c'], ''), ([b'a', b'c'], b''), ([bytearray(b'a'), bytearray(b'b')], bytearray(b'')), ([[1], [2], [3]],), ([{2:3}],), ([{2:3}]*2, {2:3}), ([], ''), ([], b''), ([], bytearray())]:
    try: print(repr(sum(*args)))
    except Exception as e: print(type(e).__name__, e)
print(sum([1, 2], start=10), sum(iter([0.1]*10)), sum([[1], [2]], []))
