# Helper package for bi_import.py (not a test: the name starts with _).
PKG = 'bi package'
