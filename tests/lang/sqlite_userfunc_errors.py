# User function edge cases: bad arities, strided buffers, window and aggregate errors
import sqlite3
con = sqlite3.connect(":memory:")
for f in (lambda: con.create_function("f", 200, len), lambda: con.create_function("f", -2, len),
          lambda: con.create_aggregate("a", 200, int), lambda: con.create_window_function("w", 200, int),
          lambda: con.create_function("f"*300, 1, len)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
con.create_function("mv", 0, lambda: memoryview(b"abcdef")[::2])
try:
    print(con.execute("select mv()").fetchone())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(con.execute("select ?", (memoryview(b"abcdef")[::2],)).fetchone())
except Exception as e:
    print(type(e).__name__, e)
import array
print(con.execute("select ?", (array.array("i", [1, 2]),)).fetchone())
class W:
    def __init__(self): self.n = 0
    def step(self, x): self.n += x
    def value(self): return self.n
    def finalize(self): return self.n
con.create_window_function("w", 1, W)
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(1,), (2,), (3,)])
try:
    print(con.execute("select w(x) over (order by x rows between 1 preceding and current row) from t").fetchall())
except Exception as e:
    print(type(e).__name__, e)
class V(W):
    def value(self): 1/0
    def inverse(self, x): self.n -= x
con.create_window_function("v", 1, V)
try:
    print(con.execute("select v(x) over (order by x rows between 1 preceding and current row) from t").fetchall())
except Exception as e:
    print(type(e).__name__, e)
con.create_aggregate("agg_noinit", 1, 5)
try:
    print(con.execute("select agg_noinit(x) from t").fetchall())
except Exception as e:
    print(type(e).__name__, e)
class NF:
    def step(self, x): pass
con.create_aggregate("nf", 1, NF)
try:
    print(con.execute("select nf(x) from t").fetchall())
except Exception as e:
    print(type(e).__name__, e)
class BadRet:
    def step(self, x): pass
    def finalize(self): return 2**64
con.create_aggregate("br", 1, BadRet)
try:
    print(con.execute("select br(x) from t").fetchall())
except Exception as e:
    print(type(e).__name__, e)
