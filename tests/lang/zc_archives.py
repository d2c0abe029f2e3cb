# shutil.make_archive / unpack_archive and tarfile with every compression.
import os, shutil, tarfile, tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(src, "sub"))
    for name, body in [("a.txt", "alpha\n" * 300), ("sub/b.txt", "beta\n" * 200)]:
        with open(os.path.join(src, name), "w") as f:
            f.write(body)
    print(sorted(n for n, _ in shutil.get_archive_formats()))
    for fmt in ("tar", "gztar", "bztar", "xztar", "zip"):
        base = os.path.join(tmp, "out_" + fmt)
        path = shutil.make_archive(base, fmt, root_dir=src)
        print(fmt, os.path.basename(path))
        dest = os.path.join(tmp, "unpacked_" + fmt)
        shutil.unpack_archive(path, dest)
        with open(os.path.join(dest, "sub", "b.txt")) as f:
            print(len(f.read()), sorted(os.listdir(dest)))
    for mode in ("w:bz2", "w:xz", "w:gz"):
        path = os.path.join(tmp, "t." + mode[2:])
        with tarfile.open(path, mode) as t:
            t.add(os.path.join(src, "a.txt"), arcname="a.txt")
        with tarfile.open(path) as t:
            print(mode, t.getnames(), len(t.extractfile("a.txt").read()))
        with tarfile.open(path, "r:" + mode[2:]) as t:
            print(t.getmember("a.txt").size)
