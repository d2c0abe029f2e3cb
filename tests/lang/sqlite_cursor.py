# Cursor: fetch*, arraysize, iteration, description, rowcount, lastrowid, close
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.connection is con, cur.description, cur.rowcount, cur.lastrowid, cur.arraysize)
cur.execute("create table t(id integer primary key, name text)")
print(cur.description, cur.rowcount)
cur.executemany("insert into t(name) values (?)", [("n%d" % i,) for i in range(10)])
print(cur.rowcount, cur.lastrowid)
cur.execute("insert into t(name) values ('x')")
print(cur.rowcount, cur.lastrowid)
cur.execute("update t set name = name || '!' where id < 4")
print(cur.rowcount)
cur.execute("delete from t where id > 8")
print(cur.rowcount)
cur.execute("select * from t")
print(cur.rowcount, cur.description)
print(cur.fetchmany())
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany())
print([r for r in con.execute("select id from t where id < 3")])
it = iter(con.execute("select 1 union select 2"))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")

def gen():
    for i in range(3):
        yield (100 + i, "g%d" % i)

cur.executemany("insert into t values (?, ?)", gen())
print(cur.rowcount, con.execute("select count(*) from t").fetchone())
cur.executemany("insert into t values (:id, :name)", [{"id": 200, "name": "d"}])
print(con.execute("select * from t where id = 200").fetchone())

# two cursors on the same statement text
a = con.execute("select id from t order by id")
b = con.execute("select id from t order by id")
print(a.fetchone(), b.fetchone(), a.fetchone(), b.fetchone())

# the same cursor re-executed mid-iteration
c = con.execute("select id from t order by id")
c.fetchone()
c.execute("select 'again'")
print(c.fetchall())

cur.close()
for f in (cur.fetchone, lambda: cur.execute("select 1"), lambda: list(cur)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(cur.setinputsizes(1), cur.setoutputsize(1))

class MyCursor(sqlite3.Cursor):
    pass

print(type(con.cursor(MyCursor)).__name__)
for factory in (lambda c: 1, lambda c: None):
    try:
        con.cursor(factory)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sqlite3.Cursor(1)
except Exception as e:
    print(type(e).__name__, e)

class NoInit(sqlite3.Cursor):
    def __init__(self, con):
        pass

try:
    NoInit(con).execute("select 1")
except Exception as e:
    print(type(e).__name__, e)
for sql in (1, None):
    try:
        con.execute(sql)
    except Exception as e:
        print(type(e).__name__, e)
print(con.execute("-- only a comment").fetchall(), con.execute("").description)
print(con.execute("select 1 as a, 2 as 'b c'").description)
print(con.execute("pragma user_version").fetchone())
print(type(cur).__name__, sqlite3.Cursor.__module__, type(con).__name__)
