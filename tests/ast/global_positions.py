# Statements that carry names: positions of global, nonlocal, import alias.
import a as b, c
from d import (e as f,
               g)
def h():
    global i, \
        j
    x = 1
    def k():
        nonlocal x
