# Connections and cursors whose __init__ did not run; re-running __init__; con(sql)
import sqlite3

cx = sqlite3.Connection.__new__(sqlite3.Connection)
for f in (lambda: cx.isolation_level, lambda: cx.total_changes, lambda: cx.in_transaction,
          lambda: cx.iterdump(), lambda: cx.cursor(), lambda: cx.close(), lambda: cx.commit(),
          lambda: cx.execute("select 1"), lambda: cx.row_factory, lambda: cx.text_factory,
          lambda: cx.create_function("f", 1, len)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

c = sqlite3.connect(":memory:")
c.execute("create table t(x)")
c.__init__(":memory:")
print(c.execute("select count(*) from sqlite_master").fetchall())
st = c("select 1")
print(type(st).__name__, type(st).__module__)
try:
    type(st)()
except Exception as e:
    print(type(e).__name__, e)
for bad in (1, "select 1; select 2"):
    try:
        c(bad)
    except Exception as e:
        print(type(e).__name__, e)

cu = sqlite3.Cursor.__new__(sqlite3.Cursor)
for f in (lambda: cu.execute("select 1"), cu.fetchone, cu.close):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
