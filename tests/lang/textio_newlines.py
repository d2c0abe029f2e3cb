# readline(size) and iteration in every newline mode, with line ends split
# across decoded chunks (a small _CHUNK_SIZE): modules/_io_textio.c's line_end
# against lib/_io.py's _readline.
import io
data = "a\nb\r\nc\rd\r\n\r\n\n\re" + "\u20ac\r\n" + "x" * 10 + "\r"
for nl in (None, "", "\n", "\r", "\r\n"):
    for size in (-1, 0, 1, 2, 3, 11, 12):
        t = io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8", newline=nl)
        t._CHUNK_SIZE = 5
        out = []
        while True:
            l = t.readline(size)
            if not l:
                if size == 0 and len(out) < 3:
                    out.append(l); continue
                break
            out.append(l)
        print(repr(nl), size, out)
    t = io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8", newline=nl)
    print(repr(nl), list(t))
    t = io.TextIOWrapper(io.BytesIO(data.encode("utf-16-le")), encoding="utf-16-le", newline=nl)
    print(repr(nl), list(t), t.newlines)
