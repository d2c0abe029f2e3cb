"""warm_pycache.py -- fill krait's bytecode cache for the standard library
modules the tests and benchmarks use (make pycache).

tests/run.py and most shells here set PYTHONDONTWRITEBYTECODE, so imports
never write a cache; the Makefile runs this once per build without it.
Each module is imported (running its body: the list holds only modules
without side effects), which writes its cache and its imports' caches
(vm/pyc.c; the standard library's go to ~/.cache/krait/pycache).
"""
import sys

MODULES = """
abc argparse ast base64 bisect calendar collections collections.abc
colorsys contextlib copy csv dataclasses datetime decimal difflib dis enum
fnmatch fractions functools gettext glob heapq inspect io ipaddress itertools
json keyword linecache locale logging numbers operator os pathlib pickle
pprint queue random re reprlib selectors shlex shutil signal statistics
string struct subprocess tempfile textwrap threading timeit token tokenize
traceback types typing unittest uuid warnings weakref zipfile
""".split()

failed = []
for name in MODULES:
    try:
        __import__(name)
    except BaseException as e:      # a module krait cannot run yet
        failed.append("%s (%s)" % (name, type(e).__name__))
print("pycache: %d modules imported%s" % (len(MODULES) - len(failed),
      "; not: " + ", ".join(failed) if failed else ""))
sys.exit(0)
