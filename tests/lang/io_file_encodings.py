# Text files in several encodings, with errors handlers on both sides.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'e.txt')
sample = 'caf\u00e9 \u00fc\u00df \u20ac\n'
for enc in ('utf-8', 'latin-1', 'cp1252', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-32', 'utf-8-sig', 'ascii',
            'iso8859-15', 'UTF8', 'Latin1'):
    try:
        with open(p, 'w', encoding=enc) as f:
            print(enc, f.encoding, f.errors, f.write(sample), end=' ')
        with open(p, 'rb') as f:
            raw = f.read()
        with open(p, encoding=enc) as f:
            print(len(raw), f.read() == sample)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e.encoding, e.start, e.end, e.reason)

for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace',
               'surrogateescape'):
    try:
        with open(p, 'w', encoding='ascii', errors=errors) as f:
            f.write('a\u00e9b\u20ac\n')
        with open(p, 'rb') as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, 'UnicodeEncodeError', e)

with open(p, 'wb') as f:
    f.write(b'ok \xff\xfe bad \xc3\xa9 good\n')
for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    try:
        with open(p, encoding='utf-8', errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError', e)
with open(p, encoding='utf-8', errors='surrogateescape') as f:
    s = f.read()
with open(p, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(s)
with open(p, 'rb') as f:
    print('round trip', f.read())

with open(p, 'wb') as f:
    f.write('\ufeffwith bom\n'.encode('utf-8'))
for enc in ('utf-8', 'utf-8-sig'):
    with open(p, encoding=enc) as f:
        print(enc, ascii(f.read()))
with open(p, 'wb') as f:
    f.write('split \u20ac\u20ac\u20ac across reads\n'.encode('utf-8'))
with open(p, encoding='utf-8') as f:
    print([f.read(1) for _ in range(10)])

for bad in (dict(encoding='no-such-encoding'), dict(encoding=5), dict(errors=5),
            dict(encoding='utf-8', errors='no-such-handler')):
    try:
        with open(p, **bad) as f:
            f.read()
        print(bad, 'no error')
    except Exception as e:
        print(type(e).__name__, e)
with open(p, encoding='locale') as f:
    print(f.encoding.lower().replace('-', ''))
import io
print(io.text_encoding(None), io.text_encoding('latin-1'))
import codecs
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in '\u20ac!'.encode()], codecs.utf_8_decode(b'ok'))
