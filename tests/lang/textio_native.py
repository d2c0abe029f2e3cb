# TextIOWrapper's C paths (modules/_io_textio.c): write's encoders and
# newline translation, flush rules, readline/iteration, the members the
# Python half shares, and the pending text at exit.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")

def raw():
    with open(p, "rb") as f:
        return f.read()

# encoders: ASCII, Latin-1 kind, BMP kind, astral kind; surrogates via the codec
for enc in ("utf-8", "latin-1", "ascii", "utf-16", "cp1252"):
    for errors in ("strict", "replace", "surrogateescape", "backslashreplace"):
        for text in ("plain\n", "caf\xe9\n", "\u20ac uro\n", "emoji \U0001F600\n", "bad \udc80\n"):
            try:
                with open(p, "w", encoding=enc, errors=errors) as f:
                    n = f.write(text)
                print(enc, errors, repr(text), n, raw())
            except UnicodeEncodeError as e:
                print(enc, errors, repr(text), "UnicodeEncodeError", e.reason)

# newline translation on write
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    print(repr(nl), raw())

# line_buffering and write_through reach the buffer at the right moments
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
t.write("abc"); print(b.getvalue())
t.write("d\r"); print(b.getvalue())
t.write("e\n"); print(b.getvalue())
t.reconfigure(line_buffering=False, write_through=True)
t.write("f"); print(b.getvalue(), t.line_buffering, t.write_through)
t.reconfigure(write_through=False)
t.write("g"); print(b.getvalue())
t.flush(); print(b.getvalue())

# chunking: a small _CHUNK_SIZE pushes text down early
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii")
t._CHUNK_SIZE = 4
print(t._CHUNK_SIZE)
t.write("xy"); print(b.getvalue())
t.write("zzz"); print(b.getvalue())
for bad in (0, -1):
    try:
        t._CHUNK_SIZE = bad
    except ValueError as e:
        print("ValueError", e)

# errors and their order
try:
    t.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"q\n")), encoding="utf-8")
try:
    r.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
buf = t.detach()
for call in (lambda: t.write("x"), lambda: t.flush(), lambda: t.readline()):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(buf.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.close()
for call in (lambda: t.write("x"), lambda: t.flush(), lambda: t.readline()):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

# reading lines: sizes, modes, iteration and tell
with open(p, "w", newline="") as f:
    f.write("one\ntwo\r\nthree\rfour\n" + "\u20ac" * 3 + "\nlast")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.readline(2)), repr(f.readline()), [l for l in f], f.tell())
with open(p) as f:
    print(repr(f.readline(-1)), f.tell(), repr(f.readline(0)), repr(f.read(3)))
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError", e)
    next(f)
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)
    for _ in f:
        pass
    print(f.tell())

# write after read drops the read-ahead, then reads resume after the write
with open(p, "w") as f:
    f.write("aaa\nbbb\nccc\n")
with open(p, "r+") as f:
    print(repr(f.readline()))
    f.seek(f.tell())
    f.write("XYZ\n")
    f.seek(0)
    print(repr(f.read()))

# a subclass's readline is what iteration calls
class Upper(io.TextIOWrapper):
    def readline(self, size=-1):
        return super().readline(size).upper()

with Upper(io.BufferedReader(io.FileIO(p)), encoding="utf-8") as f:
    print(list(f))

# bytes written and forgotten still reach the file at exit
q = os.path.join(d, "late.txt")
g = open(q, "w")
g.write("pending at exit\n")
open(q + ".2", "w").write("dropped file\n")
print(open(q + ".2").read(), end="")

# argument rules of the C methods
t = io.TextIOWrapper(io.BytesIO(b"a\nb"), encoding="utf-8")
for call in (lambda: t.readline(size=1), lambda: t.write(text="x"), lambda: t.flush(x=1),
             lambda: t.readline(1, 2), lambda: t.write(), lambda: t.flush(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
