# a package for os_import_*.py: relative imports and __all__
from .mod import public, _private
from . import mod as m
__all__ = ['public', 'extra']
extra = 'extra'
hidden = 'not in __all__'
