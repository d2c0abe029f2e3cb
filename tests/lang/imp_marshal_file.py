# marshal.dump / marshal.load through file objects
import io
import marshal

buf = io.BytesIO()
# held in variables: CPython flags objects with more than one reference
first = [1, 'two', (3.0, None)]
second = {'k': b'v'}
third = 2**70
marshal.dump(first, buf)
marshal.dump(second, buf)
marshal.dump(third, buf, 3)
print(buf.getvalue())
buf.seek(0)
print(marshal.load(buf))
print(marshal.load(buf))
print(marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)

s = Sink()
marshal.dump((1, 2), s)
print(s.parts)
try:
    marshal.dump(1, object())
except Exception as e:
    print(type(e).__name__, e)
