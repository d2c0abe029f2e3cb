# UTF-7 (RFC 2152): encoding, decoding with error handlers, the incremental
# decoder's back-off inside a shift sequence.
import codecs
samples = ["", "Hi Mom -\u263a-!", "A\u2262\u0391.", "+", "a+b", "\U0001f600x", "~\\", "\ud800", "\udc80a", "1-2", "\u00e9-", "\u00e9a", "abc\u20ac\u20ac\u20acdef"]
for s in samples:
    e = s.encode("utf-7")
    print(repr(s), e, e.decode("utf-7") == s)
bad = [b"+", b"a+", b"+A", b"+AB", b"+AGE", b"+AGE-x", b"\xff", b"+!", b"+2D3cAQ-", b"+2D0-", b"+2D3c", b"+AAA", b"+AAB-"]
for b in bad:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, errors, repr(b.decode("utf-7", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UDE", e)
d = codecs.getincrementaldecoder("utf-7")()
print([d.decode(bytes([c])) for c in b"a+AGEAYQ-b+AOk"], repr(d.decode(b"", final=True)))
print(codecs.utf_7_decode(b"a+AGE", "strict", False), codecs.utf_7_decode(b"a+AGE", "strict", True))
try: codecs.utf_7_encode(b"x")
except TypeError as e: print(e)
try: codecs.utf_7_decode("x")
except TypeError as e: print(e)
