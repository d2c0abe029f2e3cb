import io, gc, warnings, os, tempfile
warnings.simplefilter("always")
d = tempfile.mkdtemp()
fn = os.path.join(d, "f")
def collect():
    for i in range(3): gc.collect()
for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    record = []
    class MyIO(base):
        def __init__(self):
            self.on_del = 1
        def __del__(self):
            record.append(self.on_del)
            try:
                f = super().__del__
            except AttributeError:
                return
            f()
        def close(self):
            record.append(2)
            super().close()
        def flush(self):
            record.append(3)
            super().flush()
    f = MyIO()
    del f
    collect()
    print(base.__name__, record)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for args in (("wb", 0), ("wb", -1), ("w", -1), ("rb", 0), ("r", -1)):
        f = open(fn, args[0], buffering=args[1])
        r = repr(f).replace(fn, "FN")
        f = None
        collect()
        print(r, [str(x.message).replace(fn, "FN") for x in w], [x.category.__name__ for x in w])
        del w[:]
    f = open(fn, "rb", buffering=0)
    f2 = open(f.fileno(), "rb", closefd=False)
    del f2; collect()
    print("closefd=False:", len(w))
    f.close()
    with io.FileIO(fn) as g:
        print(g._finalizing, io.BufferedReader(io.BytesIO())._finalizing)
    print(hasattr(io.FileIO, "__del__"), io.IOBase.__del__ is io.IOBase.__del__)
