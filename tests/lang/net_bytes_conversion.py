# bytes(x) calls x.__bytes__ first (what bytes(mmap) relies on in krait)
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
class Bad:
    def __bytes__(self):
        return 'str'
try:
    bytes(Bad())
except TypeError as e:
    print(e)
class Sub(bytes):
    pass
print(bytes(Sub(b'xy')), type(bytes(Sub(b'xy'))).__name__)
class BI(int):
    def __bytes__(self):
        return b'from int subclass'
print(bytes(BI(3)))
print(bytes(3), bytes([1, 2]), bytes(bytearray(b'ab')), bytes(memoryview(b'cd')))
class SB(bytes):
    pass
print(type(SB(B())).__name__, SB(B()))
