# Values between Python and SQLite: int (64-bit), float, str, blobs, None
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(v)")
values = [0, 1, -1, 2**63 - 1, -2**63, 1.25, -0.0, 1e300, float("inf"), "", "héllo ☃ \U0001f600",
          "a\0b", b"", b"\x00\xff", bytearray(b"ba"), memoryview(b"mv"), None, True, False]
for v in values:
    con.execute("insert into t values (?)", (v,))
for row in con.execute("select v, typeof(v) from t"):
    print(repr(row[0]), row[1])

for big in (2**63, -2**63 - 1, 2**100):
    try:
        con.execute("select ?", (big,))
    except Exception as e:
        print(type(e).__name__, e)

print(con.execute("select 9223372036854775807 + 0").fetchone())
print(con.execute("select 1.0 / 3").fetchone())
print(con.execute("select x'414243'").fetchone())
print(con.execute("select cast(x'414243' as text)").fetchone())

# text_factory
con.text_factory = bytes
print(con.execute("select 'abc', 'é'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'abc'").fetchone())
con.text_factory = str
try:
    con.execute("select cast(x'ff41' as text) as col").fetchone()
except Exception as e:
    print(type(e).__name__, e)

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyFloat(float):
    pass

print(con.execute("select ?, ?, ?", (MyInt(5), MyStr("s"), MyFloat(2.5))).fetchone())
for bad in (object(), [1], {1: 2}, 1j):
    try:
        con.execute("select ?", (bad,))
    except Exception as e:
        print(type(e).__name__, e)
try:
    con.execute("select :x", {"x": object()})
except Exception as e:
    print(type(e).__name__, e)
print(con.execute("select ?", ("\udcff".encode("utf-8", "surrogatepass"),)).fetchone())
try:
    con.execute("select ?", ("\udcff",))
except Exception as e:
    print(type(e).__name__)
