# except* (PEP 654).
try:
    pass
except* ValueError:
    pass

try:
    f()
except* (TypeError, KeyError) as eg:
    g(eg)
except* OSError:
    pass
else:
    pass
finally:
    pass

try:
    pass
except *ValueError as e:
    pass
