m = __import__('_bi_pkg')
print(m.PKG, m.__name__)
leaf = __import__('_bi_pkg.mod_a', fromlist=['A'])
print(leaf.__name__, leaf.A)
top = __import__('_bi_pkg.mod_a')
print(top.__name__)
pk = __import__('_bi_pkg', fromlist=['mod_b'])
print(pk.mod_b.B, pk.mod_b.REL_A)
import sys
print(__import__('sys') is sys)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: __import__(5))
show(lambda: __import__(''))
show(lambda: __import__('x', level=-1))
show(lambda: __import__('no_such_module_xyz'))
show(lambda: __import__('mod_a', {'__name__': '__main__'}, None, [], 1))
show(lambda: __import__('_bi_pkg', fromlist=['missing_sub']).PKG)
print(__debug__, type(__import__).__name__)
