# io.IncrementalNewlineDecoder: held-back \r, translation, newlines, state.
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
for chunk in ('a\r', '\nb\r', 'c\r\n', 'd\n', '\r', ''):
    print(repr(d.decode(chunk)), repr(d.newlines), d.getstate())
print(repr(d.decode('', final=True)))
d2 = io.IncrementalNewlineDecoder(None, False)
print(repr(d2.decode('x\r')), repr(d2.decode("\ny\rz\n", final=True)), repr(d2.newlines))
d2.reset()
print(repr(d2.newlines), d2.getstate())

class Pairs:
    """utf-16-le, two bytes at a time: an odd byte waits for its partner."""
    def __init__(self):
        self.pending = b''
    def decode(self, data, final=False):
        data = self.pending + data
        cut = len(data) - len(data) % 2
        self.pending = data[cut:]
        return data[:cut].decode('utf-16-le')
    def getstate(self):
        return (self.pending, 0)
    def setstate(self, state):
        self.pending = state[0]
    def reset(self):
        self.pending = b''
u = io.IncrementalNewlineDecoder(Pairs(), translate=True)
data = 'caf\u00e9\r\nline\r'.encode('utf-16-le')
out = [u.decode(data[i:i + 1]) for i in range(len(data))]
print(out, repr(u.newlines))
print(u.getstate(), repr(u.decode(b'', final=True)))
u.setstate((b'\xe9', 1))
print(u.getstate(), repr(u.decode(b'\x00x\x00')))
u.setstate((b'', 0))
print(repr(u.decode(b'\n\x00')))

for kinds in ('\n', '\r', '\r\n', '\n\r', 'a\r\nb\n', 'a\rb\r\n', 'x\ry\nz\r\n', 'none'):
    n = io.IncrementalNewlineDecoder(None, True)
    n.decode(kinds, final=True)
    print(repr(kinds), repr(n.newlines))

class Upper:
    def decode(self, b, final=False):
        return b.decode().upper()
    def getstate(self):
        return (b'', 3)
    def setstate(self, st):
        print('setstate', st)
    def reset(self):
        print('reset')
w = io.IncrementalNewlineDecoder(Upper(), translate=False)
print(repr(w.decode(b'ab\r\n')), w.getstate())
w.setstate((b'', 5))
w.reset()
class Bad:
    def decode(self, b, final=False):
        return 42
    def getstate(self):
        return 'nope'
b = io.IncrementalNewlineDecoder(Bad(), True)
for op in (lambda: b.decode(b'x'), b.getstate, lambda: io.IncrementalNewlineDecoder(None),
           lambda: io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder).decode('x'),
           lambda: io.IncrementalNewlineDecoder(None, 'x')):
    try:
        op()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
