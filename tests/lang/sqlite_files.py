# On-disk databases: paths (str, bytes, PathLike), uri=True, read-only mode, timeout
import os
import pathlib
import sqlite3
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "test.db")
con = sqlite3.connect(path)
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(i,) for i in range(5)])
con.commit()
con.close()

for db in (path, path.encode(), pathlib.Path(path)):
    c = sqlite3.connect(db)
    print(c.execute("select sum(x) from t").fetchone())
    c.close()

ro = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
print(ro.execute("select count(*) from t").fetchone())
try:
    ro.execute("insert into t values (9)")
except sqlite3.Error as e:
    print(type(e).__name__, e, e.sqlite_errorname)
ro.close()
try:
    sqlite3.connect("file:%s?mode=ro" % os.path.join(d, "missing.db"), uri=True)
except sqlite3.Error as e:
    print(type(e).__name__, e)

mem = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
mem.execute("create table m(x)")
mem.execute("insert into m values (42)")
mem.commit()
mem2 = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
print(mem2.execute("select * from m").fetchall())
mem.close()
mem2.close()

# a lock held by one connection makes the other time out
a = sqlite3.connect(path, timeout=0.1)
b = sqlite3.connect(path, timeout=0.1)
a.execute("insert into t values (100)")
try:
    b.execute("insert into t values (200)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e, e.sqlite_errorname)
a.commit()
b.execute("insert into t values (200)")
b.commit()
print(a.execute("select count(*) from t").fetchone())
a.close()
b.close()
for bad in ("x\0y", 12):
    try:
        sqlite3.connect(bad)
    except Exception as e:
        print(type(e).__name__)
os.remove(path)
os.rmdir(d)
print(sqlite3.connect(":memory:", 1, 0, None, False, sqlite3.Connection, 10, False).isolation_level)
