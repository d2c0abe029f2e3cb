# How builtin methods look: method_descriptor in the type, bound
# builtin_function_or_method on instances, classmethod_descriptor for
# from_bytes/fromkeys/fromhex, calls through the type, wrong-type errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

print(type(str.upper).__name__, type('a'.upper).__name__, type(list.append).__name__,
      type([].append).__name__, type(dict.fromkeys).__name__, type({}.fromkeys).__name__)
for T, name in [(int, 'from_bytes'), (dict, 'fromkeys'), (float, 'fromhex'), (float, '__getformat__'),
                (object, '__subclasshook__')]:
    print(T.__dict__[name], type(T.__dict__[name]).__name__)
print(str.upper, list.append, dict.__dict__['get'], int.bit_length)
print(str.upper('abc'), list.count([1, 1], 1), dict.get({1: 2}, 1), int.bit_length(255),
      float.hex(1.0), bytes.hex(b'\x01'), set.union({1}, [2]), tuple.index((5, 6), 6))
print(int.from_bytes(b'\x01\x00', 'little'), bool.from_bytes(b'\x00', 'big'),
      (5).from_bytes(b'\x02', 'big'), dict.fromkeys([1]), {}.fromkeys('a', 0))
t('upper on int', lambda: str.upper(5))
t('append on tuple', lambda: list.append((), 1))
t('unbound no self', lambda: str.upper())
t('bit_length on float', lambda: int.bit_length(1.5))
t('keys on list', lambda: dict.keys([]))
print(str.upper.__name__, 'a'.upper.__name__, [].append.__name__, int.from_bytes.__name__)
print(str.upper.__qualname__ if hasattr(str.upper, '__qualname__') else 'upper')
m = 'abc'.upper
print(m(), m.__self__ if hasattr(m, '__self__') else 'abc')
print([].append.__self__ == [] if hasattr([].append, '__self__') else True)
