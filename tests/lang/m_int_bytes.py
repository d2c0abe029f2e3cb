# int.to_bytes / int.from_bytes: defaults, signedness, byte order, errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

t('10 big 2', lambda: (10).to_bytes(2, 'big'))
t('10 little 2', lambda: (10).to_bytes(2, 'little'))
t('default', lambda: (255).to_bytes())
t('zero len 0', lambda: (0).to_bytes(0, 'big'))
t('1 len 0', lambda: (1).to_bytes(0, 'big'))
t('256 len 1', lambda: (256).to_bytes(1, 'big'))
t('-1 unsigned', lambda: (-1).to_bytes(1, 'big'))
t('-1 signed', lambda: (-1).to_bytes(1, 'big', signed=True))
t('-128 signed', lambda: (-128).to_bytes(1, 'big', signed=True))
t('-129 signed', lambda: (-129).to_bytes(1, 'big', signed=True))
t('127 signed', lambda: (127).to_bytes(1, 'big', signed=True))
t('128 signed', lambda: (128).to_bytes(1, 'big', signed=True))
t('128 signed 2', lambda: (128).to_bytes(2, 'little', signed=True))
t('-256 signed 2', lambda: (-256).to_bytes(2, 'big', signed=True))
t('big', lambda: (2**100 + 5).to_bytes(16, 'little'))
t('big neg', lambda: (-2**100).to_bytes(13, 'big', signed=True))
t('kw', lambda: (1000).to_bytes(length=4, byteorder='little'))
t('bool', lambda: True.to_bytes(1, 'big'))
t('neg length', lambda: (1).to_bytes(-1, 'big'))
t('bad order', lambda: (1).to_bytes(1, 'middle'))
t('order type', lambda: (1).to_bytes(1, 5))
t('length type', lambda: (1).to_bytes('1', 'big'))
t('too many', lambda: (1).to_bytes(1, 'big', True))
t('bad kw', lambda: (1).to_bytes(1, sign=True))
t('dup', lambda: (1).to_bytes(1, length=1))
t('signed truthy', lambda: (-2).to_bytes(2, 'big', signed=[1]))

t('from big', lambda: int.from_bytes(b'\x01\x00', 'big'))
t('from little', lambda: int.from_bytes(b'\x01\x00', 'little'))
t('from default', lambda: int.from_bytes(b'\x01\x00'))
t('from empty', lambda: int.from_bytes(b''))
t('from signed', lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
t('from unsigned', lambda: int.from_bytes(b'\xff\xff', 'big'))
t('from signed pos', lambda: int.from_bytes(b'\x7f\xff', 'big', signed=True))
t('from list', lambda: int.from_bytes([1, 2, 3], 'big'))
t('from bytearray', lambda: int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
t('from huge', lambda: int.from_bytes(b'\x01' + b'\x00' * 20, 'big'))
t('from int', lambda: int.from_bytes(5, 'big'))
t('from str', lambda: int.from_bytes('ab', 'big'))
t('from no args', lambda: int.from_bytes())
t('from bad order', lambda: int.from_bytes(b'\x01', 'x'))
t('from kw', lambda: int.from_bytes(bytes=b'\x02', byteorder='little'))
t('bool from', lambda: bool.from_bytes(b'\x01', 'big'))
t('bool from 0', lambda: bool.from_bytes(b'\x00', 'big'))

for n in [0, 1, 255, 256, -1, -255, 2**64 - 1, -2**63, 12345678901234567890]:
    for signed in (False, True):
        try:
            b = n.to_bytes(10, 'big', signed=signed)
            print(n, signed, b.hex(), int.from_bytes(b, 'big', signed=signed) == n)
        except OverflowError as e:
            print(n, signed, 'OverflowError', e)
