# The exception hierarchy, sqlite_errorcode/sqlite_errorname, module constants
import sqlite3

for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "InternalError",
             "OperationalError", "ProgrammingError", "IntegrityError", "DataError",
             "NotSupportedError"):
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:]],
          getattr(sqlite3.connect(":memory:"), name) is cls)

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, v not null, u unique, c check (c > 0))")
con.execute("create table f(x references t(id))")
con.execute("pragma foreign_keys = on")
con.execute("insert into t values (1, 1, 1, 1)")
cases = ["insert into t values (1, 1, 2, 1)", "insert into t values (2, null, 3, 1)",
         "insert into t values (3, 1, 1, 1)", "insert into t values (4, 1, 4, 0)",
         "insert into f values (99)", "select * from nosuch", "select 1 +",
         "insert into t values (1)", "create table t(x)", "select ?1, ?3"]
for sql in cases:
    try:
        con.execute(sql)
    except sqlite3.Error as e:
        print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
try:
    con.execute("select ?", ("x" * 10,)).fetchall()
    con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 5)
    con.execute("select ?", ("x" * 10,)).fetchall()
except sqlite3.Error as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
e = sqlite3.Error("plain")
print(e.args, hasattr(e, "sqlite_errorcode"))

names = [n for n in dir(sqlite3) if n.startswith("SQLITE_")]
print(len(names))
for n in ("SQLITE_OK", "SQLITE_DENY", "SQLITE_IGNORE", "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_READ",
          "SQLITE_LIMIT_VARIABLE_NUMBER", "SQLITE_IOERR_WRITE", "SQLITE_DONE", "SQLITE_ROW"):
    print(n, getattr(sqlite3, n))
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.apilevel, sqlite3.paramstyle)
print(sqlite3.version, sqlite3.version_info, type(sqlite3.sqlite_version).__name__)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement(statement="create table t(x);"))
try:
    sqlite3.complete_statement(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    sqlite3.connect("/nonexistent/dir/db")
except Exception as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)

class MyConn(sqlite3.Connection):
    pass

c = sqlite3.connect(":memory:", factory=MyConn)
print(type(c).__name__, isinstance(c, sqlite3.Connection))

class NoInit(sqlite3.Connection):
    def __init__(self, *a, **k):
        pass

n = NoInit(":memory:")
for f in (lambda: n.execute("select 1"), n.commit, n.close, lambda: n.in_transaction):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
con.close()
con.close()
for f in (lambda: con.execute("select 1"), con.commit, con.cursor, lambda: con.in_transaction,
          lambda: con.total_changes, lambda: con.create_function("f", 1, len)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
