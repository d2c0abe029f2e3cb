# Statements of dropped cursors do not keep tables locked; schema changes under cached statements
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(1,), (2,), (3,)])
print(con.execute("select * from t").fetchone())
con.execute("drop table t")
print("dropped")

con.execute("create table u(x)")
con.executemany("insert into u values (?)", [(1,), (2,)])

def first():
    return con.execute("select * from u").fetchone()

print(first())
con.execute("alter table u rename to v")
print(con.execute("select count(*) from v").fetchone())

# a cached "select *" sees a column added later
for i in range(2):
    cur = con.execute("select * from v")
    print(cur.description, cur.fetchall())
    if i == 0:
        con.execute("alter table v add column y default 'new'")

# a cursor kept alive with rows unread still locks the table
keep = con.execute("select * from v")
keep.fetchone()
try:
    con.execute("drop table v")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
keep.fetchall()
con.execute("drop table v")
print(con.execute("select count(*) from sqlite_master").fetchone())
