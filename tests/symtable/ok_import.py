import a.b.c
import d.e as f
from g import h, i as j
from . import k
from .. l import m
def fn():
    import n.o
    from p import q
