# Argument checking of connect() and the Connection/Cursor methods, as CPython's C code words it
import collections
import sqlite3

def attempt(f):
    try:
        r = f()
        print("ok" if r is None or isinstance(r, (sqlite3.Connection, sqlite3.Cursor)) else r)
    except Exception as e:
        print(type(e).__name__, e)

for kw in (dict(timeout="x"), dict(detect_types="x"), dict(cached_statements=1.5),
           dict(check_same_thread="x"), dict(uri=[]), dict(isolation_level=b"x"),
           dict(nosuch=1), dict(timeout=2), dict(factory=sqlite3.Connection),
           dict(detect_types=2**40)):
    attempt(lambda: sqlite3.connect(":memory:", **kw))
attempt(lambda: sqlite3.connect(":memory:", database="x"))
attempt(lambda: sqlite3.connect(timeout=1))
attempt(lambda: sqlite3.connect())
attempt(lambda: sqlite3.Connection())
attempt(lambda: sqlite3.Blob())

c = sqlite3.connect(":memory:")
attempt(lambda: c.execute("select ?", "a").fetchall())
attempt(lambda: c.execute("select ?", b"a").fetchall())
attempt(lambda: c.execute("select :a", collections.UserDict(a=1)).fetchall())

class M:
    def __getitem__(self, k):
        return 5

attempt(lambda: c.execute("select ?", M()).fetchall())

class D(dict):
    def __missing__(self, k):
        return "miss"

attempt(lambda: c.execute("select :zz", D()).fetchall())
attempt(lambda: c.execute("select :zz", collections.OrderedDict(zz=3)).fetchall())
attempt(lambda: c.create_function(1, 1, len))
attempt(lambda: c.create_function("f", "x", len))
attempt(lambda: c.create_aggregate(1, 1, int))
attempt(lambda: c.create_aggregate("a", "x", int))
attempt(lambda: c.create_collation(1, len))
attempt(lambda: c.create_window_function(1, 1, int))
attempt(lambda: c.set_progress_handler(len, "x"))
attempt(lambda: c.blobopen(1, "a", 1))
attempt(lambda: c.cursor().fetchmany("x"))
attempt(lambda: setattr(c.cursor(), "arraysize", "x"))
cur = c.cursor()
cur.arraysize = 2
print(cur.arraysize, cur.execute("select 1 union select 2 union select 3").fetchmany())
print(c.create_function("f", 1, len, deterministic=True))
print(c.execute("select f('abc')").fetchone())
