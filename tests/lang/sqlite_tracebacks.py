# enable_callback_tracebacks: exceptions in callbacks reach sys.unraisablehook
import sqlite3
import sys

caught = []

def hook(unraisable):
    caught.append((unraisable.exc_type.__name__, str(unraisable.exc_value),
                   getattr(unraisable.object, "__name__", None)))

sys.unraisablehook = hook
con = sqlite3.connect(":memory:")

def bad(x):
    raise ValueError("bad %s" % x)

def bad_auth(*args):
    raise KeyError("auth")

class BadAgg:
    def step(self, x):
        raise RuntimeError("step")

    def finalize(self):
        return 0

con.create_function("bad", 1, bad)
con.create_function("ret", 0, lambda: [])
con.create_aggregate("badagg", 1, BadAgg)

def run():
    for sql in ("select bad(1)", "select ret()", "select badagg(1)"):
        try:
            con.execute(sql).fetchall()
        except sqlite3.Error as e:
            print(type(e).__name__, e)
    con.set_authorizer(bad_auth)
    try:
        con.execute("select 1")
    except sqlite3.Error as e:
        print(type(e).__name__, e)
    con.set_authorizer(None)

run()
print(caught)
sqlite3.enable_callback_tracebacks(True)
run()
for c in caught:
    print(c)
sqlite3.enable_callback_tracebacks(False)
caught.clear()
run()
print(caught)
