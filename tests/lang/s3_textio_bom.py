# TextIOWrapper with stateful codecs: one BOM at the start of a stream,
# none when appending or after seeking away from 0; non-text codecs are
# refused.
import io
import os
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, 'x')
for enc in ('utf-8-sig', 'utf-16', 'utf-16-le', 'utf-32'):
    with open(f, 'w', encoding=enc) as w:
        w.write('aaa')
        w.write('bbb')
    with open(f, 'a', encoding=enc) as w:
        w.write('ccc')
    with open(f, 'rb') as r:
        print(enc, r.read())
    with open(f, 'r+', encoding=enc) as w:
        w.seek(0, 2)
        w.write('ddd')
        w.seek(0)
        w.write('eee')
    with open(f, 'rb') as r:
        print(enc, r.read())
    with open(f, encoding=enc) as r:
        print(repr(r.read()))

for enc in ('hex', 'base64', 'zlib_codec', 'rot13'):
    try:
        t = io.TextIOWrapper(io.BytesIO(), encoding=enc)
        print(enc, 'accepted', t.encoding)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    open(f, 'w', encoding='bz2')
except LookupError as e:
    print(type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('ab')
t.write('cd')
t.flush()
print(b.getvalue())
t.reconfigure(encoding='utf-8-sig')
t.write('é')
t.flush()
print(b.getvalue())

b = io.BytesIO(b'xyz')
b.seek(3)
t = io.TextIOWrapper(b, encoding='utf-8-sig')
t.write('w')
t.flush()
print(b.getvalue())
