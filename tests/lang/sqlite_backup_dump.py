# Connection.backup and Connection.iterdump
import sqlite3

src = sqlite3.connect(":memory:")
src.executescript("""
    create table t(id integer primary key, name text, data blob, r real);
    insert into t values (1, 'one', x'0102', 1.5);
    insert into t values (2, 'it''s', null, -2.0);
    create index ti on t(name);
    create view v as select name from t;
    create trigger tr after insert on t begin select 1; end;
""")
src.commit()
for line in src.iterdump():
    print(line)

dst = sqlite3.connect(":memory:")
progress = []
src.backup(dst, pages=1, progress=lambda status, remaining, total: progress.append((status, remaining, total)))
print(dst.execute("select * from t order by id").fetchall())
print(progress[-1][1], len(progress) >= 1)
dst2 = sqlite3.connect(":memory:")
src.backup(dst2)
print(dst2.execute("select count(*) from t").fetchone())
for args, kw in (((1,), {}), ((src,), {}), ((dst,), {"progress": 1}), ((dst,), {"name": "nosuch"})):
    try:
        src.backup(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
dst.close()
try:
    src.backup(dst)
except Exception as e:
    print(type(e).__name__, e)

# restore into a file-less connection, then dump it
dst3 = sqlite3.connect(":memory:")
src.backup(dst3, pages=0)
print(len(list(dst3.iterdump())))
