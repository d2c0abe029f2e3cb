# a package for tests/lang/imp_importlib_local.py
LOADED = ['pkg']
