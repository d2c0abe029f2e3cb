# The incremental UTF-8 decoder holds back only a valid beginning of a
# character; an impossible byte fails at once (issue 24214).
import codecs
cases = [b'\x80', b'\xBF', b'\xC0', b'\xC1', b'\xF5', b'\xF6', b'\xFF']
for prefix in (b'\xC2', b'\xDF', b'\xE0', b'\xE0\xA0', b'\xEF', b'\xEF\xBF', b'\xF0', b'\xF0\x90', b'\xF0\x90\x80', b'\xF4', b'\xF4\x8F', b'\xF4\x8F\xBF'):
    for suffix in b'\x7F', b'\xC0':
        cases.append(prefix + suffix)
    cases.append(prefix)
cases.extend((b'\xE0\x80', b'\xE0\x9F', b'\xED\xA0\x80', b'\xED\xBF\xBF', b'\xF0\x80', b'\xF0\x8F', b'\xF4\x90', b'a\xe2\x82', b'\xe2\x82\xac'))
for enc in ["utf-8", "utf-8-sig"]:
    for data in cases:
        dec = codecs.getincrementaldecoder(enc)()
        try:
            print(enc, data, repr(dec.decode(data)), end=" ")
            print(repr(dec.decode(b"", final=True)))
        except UnicodeDecodeError as e:
            print("UDE", e.start, e.end, e.reason)

# a surrogate with surrogatepass arrives in pieces
data = "\ud801".encode("utf-8", "surrogatepass")
for i in range(len(data)):
    dec = codecs.getincrementaldecoder("utf-8")("surrogatepass")
    print(repr(dec.decode(data[:i])), repr(dec.decode(data[i:], True)))
try:
    "[\udc80\ud800\udfff]".encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print(e.start, e.end, repr(e.object[e.start:e.end]))
try:
    "[\udc80\ud800\udfff]".encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print(e.start, e.end, repr(e.object[e.start:e.end]))
