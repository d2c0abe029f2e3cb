# tarfile with gzip compression (w:gz, r:gz, r:*), in a temp dir.
import io, os, tarfile, tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.mkdir(src)
    for i in range(3):
        with open(os.path.join(src, "f%d.txt" % i), "w") as f:
            f.write("file %d\n" % i * (i + 1) * 100)
    path = os.path.join(d, "t.tar.gz")
    with tarfile.open(path, "w:gz") as t:
        t.add(src, arcname="src")
        info = tarfile.TarInfo("mem.txt")
        payload = b"from memory" * 10
        info.size = len(payload)
        info.mtime = 0
        t.addfile(info, io.BytesIO(payload))
    with open(path, "rb") as f:
        print(f.read(2).hex())
    for mode in ("r:gz", "r:*", "r"):
        with tarfile.open(path, mode) as t:
            names = sorted(t.getnames())
            print(mode, names)
    with tarfile.open(path) as t:
        print(t.extractfile("src/f2.txt").read()[:14])
        print(t.getmember("mem.txt").size, t.extractfile("mem.txt").read()[:11])
        t.extractall(os.path.join(d, "out"))
    print(sorted(os.listdir(os.path.join(d, "out", "src"))))
    with open(os.path.join(d, "out", "src", "f1.txt")) as f:
        print(len(f.read()))
    # streaming mode
    with tarfile.open(path, "r|gz") as t:
        print([m.name for m in t if m.isfile()][:2])
    try:
        tarfile.open(os.path.join(src, "f0.txt"), "r:gz")
    except tarfile.ReadError as e:
        print("ReadError", e)
