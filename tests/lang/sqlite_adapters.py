# adapters, converters, detect_types, PrepareProtocol
import sqlite3
import datetime
import decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def adapt_point(p):
    return "%s;%s" % (p.x, p.y)

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print(sorted(k for k in sqlite3.converters if k in ("POINT", "DATE", "TIMESTAMP")))

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("create table t(p point, q POINT NOT NULL, n number(10))")
con.execute("insert into t values (?, ?, ?)", (Point(1, 2), Point(3, 4), 5))
print(con.execute("select p, q, n from t").fetchone())
print(con.execute("select p as 'x [int]' from t").fetchone())
con.close()

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
con.execute("create table t(p point)")
con.execute("insert into t values (?)", (Point(5, 6),))
cur = con.execute('select p as "p [point]", p from t')
print(cur.fetchone(), cur.description[0][0])
print(con.execute("select null as 'n [point]'").fetchone())
con.close()

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table d(d date, ts timestamp)")
day = datetime.date(2024, 2, 29)
now = datetime.datetime(2024, 2, 29, 12, 30, 15, 123)
import warnings
warnings.simplefilter("ignore")
con.execute("insert into d values (?, ?)", (day, now))
print(con.execute("select d, ts from d").fetchone())
print(con.execute("select d as 'x [timestamp]' from d").fetchone())

# adapt()
class Conforming:
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "conformed"

print(sqlite3.adapt(Conforming()))
print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(1, 2)))
print(sqlite3.adapt(3, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except Exception as e:
    print(type(e).__name__, e)
print(type(sqlite3.PrepareProtocol()).__name__, sqlite3.PrepareProtocol.__module__)

# base types adapted
sqlite3.register_adapter(int, lambda i: str(i) + "!")
print(con.execute("select ?, typeof(?)", (7, 7)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
print(con.execute("select ?", (8,)).fetchone())

sqlite3.register_adapter(decimal.Decimal, str)
print(con.execute("select ?", (decimal.Decimal("1.10"),)).fetchone())
try:
    sqlite3.register_converter(1, str)
except Exception as e:
    print(type(e).__name__, e)

def bad_convert(b):
    raise ValueError("bad")

sqlite3.register_converter("bad", bad_convert)
try:
    con.execute("select 1 as 'x [bad]'").fetchone()
except Exception as e:
    print(type(e).__name__, e)
