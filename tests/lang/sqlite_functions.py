# create_function, create_aggregate, create_collation, create_window_function
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: x * 2)
con.create_function("nargs", -1, lambda *a: len(a))
con.create_function("kind", 1, lambda x: type(x).__name__, deterministic=True)
print(con.execute("select double(21), double('ab'), double(1.5)").fetchone())
print(con.execute("select nargs(), nargs(1, 2, 3)").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('s'), kind(x'00'), kind(null)").fetchone())

con.create_function("ret", 1, lambda x: {0: None, 1: 2**40, 2: 2.5, 3: "t", 4: b"b",
                                        5: bytearray(b"ba"), 6: True}[x])
print([con.execute("select ret(?)", (i,)).fetchone()[0] for i in range(7)])

def boom(x):
    raise ValueError("boom")

con.create_function("boom", 1, boom)
con.create_function("badret", 0, lambda: object())
con.create_function("huge", 0, lambda: 2**64)
for sql in ("select boom(1)", "select badret()", "select huge()", "select nosuch()",
            "select double(1, 2)"):
    try:
        con.execute(sql).fetchone()
    except Exception as e:
        print(type(e).__name__, e)

# replacing and removing
con.create_function("double", 1, lambda x: x * 3)
print(con.execute("select double(2)").fetchone())
con.create_function("double", 1, None)
try:
    con.execute("select double(2)")
except Exception as e:
    print(type(e).__name__, e)

class Sum:
    def __init__(self):
        self.total = 0

    def step(self, v):
        self.total += v

    def finalize(self):
        return self.total

con.create_aggregate("mysum", 1, Sum)
con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("a", 2), ("b", 10)])
print(con.execute("select g, mysum(v) from t group by g order by g").fetchall())
print(con.execute("select mysum(v) from t where 0").fetchall())

class BadInit:
    def __init__(self):
        raise KeyError

class BadStep(Sum):
    def step(self, v):
        1 / 0

class BadFinal(Sum):
    def finalize(self):
        raise TypeError("no")

class NoStep:
    def finalize(self):
        return 1

for name, cls in [("badinit", BadInit), ("badstep", BadStep), ("badfinal", BadFinal),
                  ("nostep", NoStep)]:
    con.create_aggregate(name, 1, cls)
    try:
        print(con.execute("select %s(v) from t" % name).fetchall())
    except Exception as e:
        print(type(e).__name__, e)

# collations
def rev(a, b):
    return (a < b) - (a > b)

con.create_collation("rev", rev)
print(con.execute("select g from t order by g collate rev").fetchall())
try:
    con.create_collation("x", 1)
except Exception as e:
    print(type(e).__name__, e)
con.create_collation("rev", None)
try:
    con.execute("select g from t order by g collate rev").fetchall()
except Exception as e:
    print(type(e).__name__, e)

# window functions
class WinSum:
    def __init__(self):
        self.n = 0

    def step(self, v):
        self.n += v

    def inverse(self, v):
        self.n -= v

    def value(self):
        return self.n

    def finalize(self):
        return self.n

con.create_window_function("winsum", 1, WinSum)
print(con.execute("select v, winsum(v) over (order by v rows between 1 preceding and 1 following) "
                  "from t order by v").fetchall())
