import sqlite3
print(sqlite3.sqlite_version_info >= (3, 7), sqlite3.threadsafety, sqlite3.paramstyle)
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("create table t(a integer, b text, c real, d blob)")
cur.execute("insert into t values (?, ?, ?, ?)", (1, "x", 1.5, b"ab"))
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.executemany("insert into t values (?, ?, ?, ?)", [(i, str(i), i / 2, None) for i in range(5)])
print(cur.rowcount, con.total_changes)
con.commit()
print(con.in_transaction)
for row in con.execute("select * from t order by a"):
    print(row)
cur.execute("select a, b from t where a > :lo", {"lo": 2})
print(cur.description)
print(cur.fetchone(), cur.fetchall())
con.row_factory = sqlite3.Row
r = con.execute("select a as A, b from t").fetchone()
print(r["a"], r["B"], r[0], r.keys(), len(r), tuple(r), r[-1], r[0:1])
try:
    r["zz"]
except Exception as e:
    print(type(e).__name__, e)
for f in [lambda: con.execute("select ?", (object(),)),
          lambda: con.execute("select 1; select 2"),
          lambda: con.execute("select ?", (2**70,)),
          lambda: con.execute("selec 1"),
          lambda: con.execute("insert into nosuch values (1)"),
          lambda: con.execute("select ?, ?", (1,)),
          lambda: con.executemany("select ?", [(1,)]),
          lambda: con.execute("select :a", {}),
          lambda: con.execute("select ?", 1),
          ]:
    try:
        f()
    except sqlite3.Error as e:
        print(type(e).__name__, e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))
    except Exception as e:
        print(type(e).__name__, e)
con.close()
try:
    con.execute("select 1")
except Exception as e:
    print(type(e).__name__, e)
