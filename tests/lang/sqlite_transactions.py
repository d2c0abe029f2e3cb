# isolation_level, implicit BEGIN, commit/rollback, context manager, executescript
import sqlite3

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("create table t(x)")
print(con.in_transaction)
con.execute("insert into t values (1)")
print(con.in_transaction)
con.rollback()
print(con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.execute("insert into t values (2)")
con.commit()
con.execute("insert into t values (3)")
con.rollback()
print(con.execute("select * from t").fetchall())
con.execute("select * from t")
print(con.in_transaction)

with con:
    con.execute("insert into t values (4)")
print(con.in_transaction, con.execute("select count(*) from t").fetchone())
try:
    with con:
        con.execute("insert into t values (5)")
        raise RuntimeError("undo")
except RuntimeError as e:
    print("caught", e)
print(con.execute("select * from t").fetchall())
print(con.__enter__() is con, con.__exit__(None, None, None))

for level in ("DEFERRED", "immediate", "Exclusive", ""):
    con.isolation_level = level
    con.execute("insert into t values (6)")
    print(repr(con.isolation_level), con.in_transaction)
    con.rollback()
for bad in ("foo", 1, "DEFERRED\0"):
    try:
        con.isolation_level = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    del con.isolation_level
except Exception as e:
    print(type(e).__name__, e)

con.execute("insert into t values (7)")
con.isolation_level = None
print(con.in_transaction, con.execute("select count(*) from t where x = 7").fetchone())
con.execute("insert into t values (8)")
print(con.in_transaction)
con.execute("begin")
con.execute("insert into t values (9)")
print(con.in_transaction)
con.execute("rollback")
print(con.execute("select * from t order by x").fetchall())

con2 = sqlite3.connect(":memory:", isolation_level=None)
print(con2.isolation_level)
con2.executescript("""
    create table a(x); -- a comment
    insert into a values (1);
    /* another */ insert into a values (2);
""")
print(con2.execute("select * from a").fetchall(), con2.total_changes)
con3 = sqlite3.connect(":memory:")
con3.execute("create table a(x)")
con3.execute("insert into a values (1)")
print(con3.in_transaction)
con3.executescript("insert into a values (2)")
print(con3.in_transaction)
for bad in ("create table a(x);", "insert into a values (1); bogus", 5, "select 1\0"):
    try:
        con3.executescript(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(con3.execute("select * from a").fetchall())
try:
    sqlite3.connect(":memory:", isolation_level="bogus")
except Exception as e:
    print(type(e).__name__, e)
