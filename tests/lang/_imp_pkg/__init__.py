# Helper package for imports.py.
print("pkg init")
from _imp_pkg import sub
