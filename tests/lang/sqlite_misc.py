# RETURNING, REPLACE and lastrowid, recursive cursor use, per-cursor row_factory, savepoints
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, v text unique)")
cur = con.execute("insert into t(v) values ('a'), ('b') returning id, v")
print(cur.rowcount, cur.description)
print(cur.fetchall(), cur.rowcount, cur.lastrowid)
cur.execute("replace into t(id, v) values (7, 'a')")
print(cur.rowcount, cur.lastrowid)
cur.executemany("insert into t(v) values (?)", [("x",), ("y",)])
print(cur.rowcount, cur.lastrowid)
cur.execute("update t set v = v || '!' returning v")
print(cur.fetchone(), cur.rowcount)
print(cur.fetchall(), cur.rowcount)
cur.execute("delete from t where id > 100")
print(cur.rowcount)

# a converter that uses the cursor it is converting for
sqlite3.register_converter("rec", lambda b: cur2.execute("select 1"))
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
cur2 = con2.cursor()
try:
    cur2.execute("select 'x' as 'c [rec]'").fetchall()
except Exception as e:
    print(type(e).__name__, e)

# row_factory: the connection's is copied when the cursor is made
con.row_factory = lambda c, r: ("conn", r)
c1 = con.cursor()
con.row_factory = None
print(c1.execute("select 1").fetchone(), con.cursor().execute("select 2").fetchone())
c1.row_factory = None
print(c1.execute("select 3").fetchone())

# savepoints with isolation_level None
con.isolation_level = None
con.execute("savepoint sp")
con.execute("insert into t(v) values ('in sp')")
print(con.in_transaction)
con.execute("rollback to sp")
con.execute("release sp")
print(con.in_transaction, con.execute("select count(*) from t where v = 'in sp'").fetchone())

# commit while a select is half-read
con.isolation_level = ""
con.execute("insert into t(v) values ('q')")
reader = con.execute("select v from t order by id")
print(reader.fetchone())
con.commit()
print(con.in_transaction, len(reader.fetchall()) > 0)

# the same SQL in a loop uses the statement cache
for i in range(3):
    print(con.execute("select ? * 2", (i,)).fetchone())
print(con.execute("select length(?)", ("x" * 100000,)).fetchone())
print(con.execute("select ?", (b"\0" * 5,)).fetchone())
print(con.execute("select 'a\0b'").fetchone())
print(con.execute("select 1 where 0").fetchone(), con.execute("select 1 where 0").fetchall())
