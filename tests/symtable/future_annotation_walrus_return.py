from __future__ import annotations
def f() -> (b := 1): pass
