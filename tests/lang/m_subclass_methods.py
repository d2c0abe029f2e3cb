# Builtin methods on subclass instances: class methods build the subclass
# (from_bytes, fromhex, fromkeys), other methods return the base type;
# format_map with a dict subclass's __missing__.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyDict(dict):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
r = MyInt.from_bytes(b'\x05', 'big')
print(type(r).__name__, r, type(MyInt(7).bit_length()).__name__, MyInt(7).to_bytes(1, 'big'))
f = MyFloat.fromhex('0x1p3')
print(type(f).__name__, f, type(MyFloat(2.5).as_integer_ratio()[0]).__name__, MyFloat(2.5).hex())
d = MyDict.fromkeys('ab', 0)
print(type(d).__name__, d, type(d.copy()).__name__)
s = MyStr('Hello')
print(type(s.upper()).__name__, s.upper(), s.center(9, '*'), s.split('l'), type(s.title()).__name__,
      s.startswith('He'), s.find('l'), s.zfill(7), s.partition('e'))
l = MyList([3, 1, 2])
l.sort()
print(type(l).__name__, l, l.index(2), type(l.copy()).__name__, list(reversed(l)))
print(MyInt(5).__round__(-1), MyInt(10).as_integer_ratio(), divmod(MyInt(7), 2), MyFloat(7.5).__divmod__(2))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(Default(a=1)))
t('int sub bad from_bytes', lambda: MyInt.from_bytes('x', 'big'))
print(int.from_bytes(MyStr and b'\x01', 'little'), MyStr('a') in 'abc', 'x'.join(MyList(['a', 'b'])))
