# Two connections on one file: a reader's dropped cursor does not block the writer
import os
import sqlite3
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "busy.db")
a = sqlite3.connect(path, timeout=0.2)
a.execute("create table t(x)")
a.executemany("insert into t values (?)", [(1,), (2,), (3,)])
a.commit()
b = sqlite3.connect(path, timeout=0.2, isolation_level=None)

def peek():
    return a.execute("select x from t").fetchone()

print(peek())
b.execute("begin immediate")
b.execute("insert into t values (4)")
try:
    b.execute("commit")
    print("committed")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
    b.execute("rollback")

# a live reader really blocks the commit
r = a.execute("select x from t")
r.fetchone()
b.execute("begin immediate")
b.execute("insert into t values (5)")
try:
    b.execute("commit")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
r.fetchall()
b.execute("commit")
print(a.execute("select count(*) from t").fetchone())
a.close()
b.close()
os.remove(path)
os.rmdir(d)
