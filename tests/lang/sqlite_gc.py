# Handles die with their objects; callbacks survive collections while SQLite holds them
import gc
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("f", 1, lambda x: x + 1)

class Agg:
    def __init__(self):
        self.items = []

    def step(self, v):
        self.items.append(v)
        gc.collect()

    def finalize(self):
        return ",".join(map(str, self.items))

con.create_aggregate("agg", 1, Agg)
con.create_collation("nocase2", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
gc.collect()
con.execute("create table t(x, s)")
con.executemany("insert into t values (?, ?)", [(i, "Ab"[i % 2] + str(i)) for i in range(20)])
for _ in range(3):
    gc.collect()
    print(con.execute("select f(41), agg(x) from t").fetchone())
    print(con.execute("select s from t order by s collate nocase2 limit 4").fetchall())

# many short-lived connections, cursors and statements
for i in range(300):
    c = sqlite3.connect(":memory:")
    c.execute("create table a(x)")
    c.execute("insert into a values (?)", (i,))
    cur = c.execute("select * from a")
    if i % 100 == 0:
        gc.collect()
print(cur.fetchall())

# a cursor whose connection is gone from every name
cur = sqlite3.connect(":memory:").execute("select 1 union select 2")
gc.collect()
print(cur.fetchall())
for i in range(200):
    con.execute("select %d" % i).fetchone()
print(con.execute("select 'end'").fetchone())
