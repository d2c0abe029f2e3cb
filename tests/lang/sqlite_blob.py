# Connection.blobopen (3.11): read, write, seek, tell, indexing, context manager
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(b blob)")
con.execute("insert into t values (zeroblob(10))")
con.execute("insert into t values (?)", (b"0123456789",))
with con.blobopen("t", "b", 2) as blob:
    print(len(blob), blob.tell(), blob.read(3), blob.tell(), blob.read(), blob.read())
    blob.seek(0)
    print(blob.read(100))
    blob.seek(-2, 2)
    print(blob.tell(), blob.read())
    blob.seek(2)
    blob.seek(3, 1)
    print(blob.tell())
    print(blob[0], blob[-1], blob[2:5], blob[::3], blob[5:2])
    blob[0] = 65
    blob[1:3] = b"BC"
    blob[::5] = b"xy"
    print(blob[:])
    blob.seek(0)
    blob.write(b"ab")
    print(blob.tell(), blob[:4])
    for f in (lambda: blob.write(b"x" * 20), lambda: blob.seek(11), lambda: blob.seek(-1),
              lambda: blob.seek(0, 5), lambda: blob[10], lambda: blob["a"],
              lambda: blob.__setitem__(0, 256), lambda: blob.__setitem__(0, "a"),
              lambda: blob.__setitem__(slice(0, 2), b"abc"), lambda: blob.__delitem__(0),
              lambda: blob.__delitem__(slice(0, 1)), lambda: blob.seek(2**31)):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
print(con.execute("select b from t where rowid = 2").fetchone())
try:
    blob.read()
except Exception as e:
    print(type(e).__name__, e)

with con.blobopen("t", "b", 1, readonly=True) as ro:
    print(ro.read(4))
    try:
        ro.write(b"z")
    except Exception as e:
        print(type(e).__name__, e)
for args in (("nosuch", "b", 1), ("t", "nosuch", 1), ("t", "b", 99)):
    try:
        con.blobopen(*args)
    except Exception as e:
        print(type(e).__name__, e)
b = con.blobopen("t", "b", 1)
con.close()
try:
    b.read()
except Exception as e:
    print(type(e).__name__, e)
