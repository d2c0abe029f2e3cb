# check_same_thread, connections used from threads
import sqlite3
import threading

con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
results = []

def use(c):
    for f in (lambda: c.execute("select 1"), c.commit, c.rollback, c.cursor, c.close,
              lambda: c.in_transaction, lambda: c.total_changes):
        try:
            f()
            results.append("ok")
        except Exception as e:
            msg = str(e)
            results.append((type(e).__name__, msg[:msg.index("The object")] if "The object" in msg else msg))

t = threading.Thread(target=use, args=(con,))
t.start()
t.join()
for r in results:
    print(r)

cur = con.cursor()
results.clear()
t = threading.Thread(target=lambda: use_cursor(cur))

def use_cursor(c):
    try:
        c.execute("select 1")
    except Exception as e:
        results.append(type(e).__name__)

t.start()
t.join()
print(results)

# check_same_thread=False: each thread writes its own rows, serialized by a lock
shared = sqlite3.connect(":memory:", check_same_thread=False)
shared.execute("create table t(n)")
lock = threading.Lock()

def writer(base):
    for i in range(20):
        with lock:
            shared.execute("insert into t values (?)", (base + i,))

threads = [threading.Thread(target=writer, args=(k * 100,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.execute("select count(*), sum(n) from t").fetchone())

# one connection per thread on a shared file
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "db.sqlite")
c0 = sqlite3.connect(path)
c0.execute("create table t(n)")
c0.commit()

def own(k):
    c = sqlite3.connect(path, timeout=30)
    for i in range(10):
        c.execute("insert into t values (?)", (k,))
        c.commit()
    c.close()

threads = [threading.Thread(target=own, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(c0.execute("select n, count(*) from t group by n").fetchall())
c0.close()
os.remove(path)
os.rmdir(d)
