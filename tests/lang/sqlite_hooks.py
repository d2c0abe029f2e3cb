# set_authorizer, set_progress_handler, set_trace_callback, interrupt, limits
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(a, secret)")
con.execute("insert into t values (1, 2)")
seen = []

def auth(action, arg1, arg2, dbname, source):
    seen.append((action, arg1, arg2, dbname, source))
    if arg2 == "secret":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK

con.set_authorizer(auth)
print(con.execute("select a from t").fetchall())
print(seen)
try:
    con.execute("select secret from t")
except Exception as e:
    print(type(e).__name__, e)
con.set_authorizer(lambda *a: sqlite3.SQLITE_IGNORE if a[2] == "secret" else 0)
print(con.execute("select a, secret from t").fetchall())
for bad in (lambda *a: 1 / 0, lambda *a: "x", lambda *a: 2**40):
    con.set_authorizer(bad)
    try:
        con.execute("select a from t")
    except Exception as e:
        print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select secret from t").fetchall())

# progress handler
calls = []
con.set_progress_handler(lambda: calls.append(1), 1)
con.execute("select count(*) from t").fetchall()
print(len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select 1").fetchall()
except Exception as e:
    print(type(e).__name__, e)
con.set_progress_handler(lambda: 1 / 0, 1)
try:
    con.execute("select 1").fetchall()
except Exception as e:
    print(type(e).__name__, e)
con.set_progress_handler(None, 1)
print(con.execute("select 2").fetchall())

# trace callback
traced = []
con.set_trace_callback(traced.append)
con.execute("select ? + 1", (41,)).fetchall()
con.execute("insert into t values ('x', 'y')")
con.commit()
print(traced)
con.set_trace_callback(None)
con.execute("select 3").fetchall()
print(len(traced))

# limits
print(con.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) > 0)
old = con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 30)
try:
    con.execute("select 1 " + " " * 40)
except Exception as e:
    print(type(e).__name__, e)
print(con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, old))
try:
    con.getlimit(1000)
except Exception as e:
    print(type(e).__name__, e)
con.interrupt()
print(con.execute("select 4").fetchall())
