# try statements: except clauses, else, finally, bare except, raise.
try:
    pass
except:
    pass

try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError("x") from e
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except E:
    pass
finally:
    pass

try: a()
except E as e: b()
else: c()
finally: d()
