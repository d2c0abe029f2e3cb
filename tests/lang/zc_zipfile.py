# zipfile with ZIP_DEFLATED and ZIP_STORED, in a temp dir and in memory.
import io, os, tempfile, zipfile

texts = {"a.txt": b"alpha " * 500, "dir/b.bin": bytes(range(256)) * 20, "empty": b""}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in texts.items():
            z.writestr(name, body)
        z.writestr(zipfile.ZipInfo("stored.txt", (2020, 1, 2, 3, 4, 6)), b"not compressed",
                   compress_type=zipfile.ZIP_STORED)
    with zipfile.ZipFile(path) as z:
        print(z.namelist())
        for info in z.infolist():
            print(info.filename, info.compress_type, info.file_size, info.CRC)
        print(z.testzip())
        for name, body in texts.items():
            print(name, z.read(name) == body)
        with z.open("a.txt") as f:
            print(f.read(12), f.readline()[:12])
        z.extractall(os.path.join(d, "out"))
    with open(os.path.join(d, "out", "dir", "b.bin"), "rb") as f:
        print(f.read() == texts["dir/b.bin"])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("added.txt", "appended text " * 50)
    with zipfile.ZipFile(path) as z:
        print(len(z.namelist()), z.read("added.txt")[:14])

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    with z.open("streamed.txt", "w") as f:
        for i in range(100):
            f.write(b"chunk %d\n" % i)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    body = z.read("streamed.txt")
    print(len(body), body[:16], z.getinfo("streamed.txt").compress_size < len(body))

bad = bytearray(buf.getvalue())
i = bad.find(b"chunk") if b"chunk" in bad else 60
bad[45] ^= 0xFF
try:
    with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
        z.read("streamed.txt")
except Exception as e:
    print(type(e).__name__)
print(zipfile.is_zipfile(io.BytesIO(buf.getvalue())), zipfile.is_zipfile(io.BytesIO(b"nope")))
