# Connection.serialize and deserialize (3.11)
import sqlite3

src = sqlite3.connect(":memory:")
src.execute("create table t(x, y)")
src.executemany("insert into t values (?, ?)", [(i, str(i) * 3) for i in range(50)])
src.commit()
data = src.serialize()
print(type(data).__name__, len(data) % 512 == 0, data[:16])
dst = sqlite3.connect(":memory:")
dst.deserialize(data)
print(dst.execute("select count(*), sum(x) from t").fetchone())
dst.execute("insert into t values (100, 'grown')")
print(dst.execute("select count(*) from t").fetchone())
dst.deserialize(bytearray(src.serialize()))
print(dst.execute("select count(*) from t").fetchone())
dst.deserialize(memoryview(data))
print(dst.execute("select max(x) from t").fetchone())
for f in (lambda: src.serialize(name="nosuch"), lambda: dst.deserialize(b"not a database" * 40),
          lambda: dst.deserialize("str"), lambda: src.serialize(name=1)):
    try:
        f()
        print(dst.execute("select count(*) from t").fetchone())
    except Exception as e:
        print(type(e).__name__, e)
empty = sqlite3.connect(":memory:")
print(empty.serialize())
src.close()
try:
    src.serialize()
except Exception as e:
    print(type(e).__name__, e)
