# runpy's entry points are not usable yet (they need importlib); what
# -m does is checked by hand.  This checks the module-level pieces
# krait's -m relies on: finding a module file on sys.path and running its
# code in a fresh namespace named __main__.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
pkg_dir = os.path.join(here, '_imp_pkg')
print(os.path.isdir(pkg_dir))
ns = {'__name__': '__main__', '__file__': 'fake.py'}
code = compile("import sys\nresult = (__name__, __file__, len(sys.argv) >= 1)\n", 'fake.py', 'exec')
exec(code, ns)
print(ns['result'])
print(sys.argv[0].endswith('ctx_runpy.py'))
print(sys.modules['__main__'].__name__)
