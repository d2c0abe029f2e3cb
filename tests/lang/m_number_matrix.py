# int and float methods and dunders over sample values and arguments:
# results and exception types, compared with CPython.
ints = [0, 1, -1, 7, -7, 255, 2**31, -2**40, 2**64 + 1, -(2**100), True]
floats = [0.0, -0.0, 0.5, -1.5, 2.5, 1e-10, 123456.789, 1e300, float('inf'), float('-inf'), float('nan')]
int_calls = [('bit_length', ()), ('bit_count', ()), ('as_integer_ratio', ()), ('conjugate', ()),
             ('__round__', ()), ('__round__', (-1,)), ('__round__', (-2,)), ('__trunc__', ()),
             ('__floor__', ()), ('__ceil__', ()), ('to_bytes', (16, 'little', )),
             ('to_bytes', (16, 'big')), ('to_bytes', (16,)), ('__divmod__', (3,)), ('__rdivmod__', (-10,)),
             ('__pow__', (2,)), ('__pow__', (3, 7)), ('__rshift__', (3,)), ('__lshift__', (2,)),
             ('__and__', (6,)), ('__xor__', (-1,)), ('__format__', ('x',)), ('__format__', (',',)),
             ('__truediv__', (3,)), ('__floordiv__', (-3,)), ('__mod__', (-3,)), ('__index__', ())]
float_calls = [('hex', ()), ('is_integer', ()), ('as_integer_ratio', ()), ('conjugate', ()),
               ('__round__', ()), ('__round__', (1,)), ('__round__', (-1,)), ('__trunc__', ()),
               ('__floor__', ()), ('__ceil__', ()), ('__divmod__', (0.7,)), ('__rdivmod__', (3,)),
               ('__mod__', (-0.3,)), ('__floordiv__', (2,)), ('__pow__', (2,)), ('__pow__', (0.5,)),
               ('__format__', ('.3e',)), ('__format__', ('g',)), ('__int__', ()), ('__abs__', ())]
for n in ints:
    out = []
    for name, args in int_calls:
        try:
            out.append(repr(getattr(n, name)(*args)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(n), ' '.join(out))
for x in floats:
    out = []
    for name, args in float_calls:
        try:
            out.append(repr(getattr(x, name)(*args)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(x), ' '.join(out))
