"""krait's stand-in for CPython's C accelerator of xml.etree.ElementTree.

CPython 3.11's C Element is true when it has children, silently; the
pure-Python Element it replaces warns FutureWarning at every `if elem:`
(markdown's extensions test elements that way).  krait has no C
ElementTree, so ElementTree.py's closing `from _elementtree import *`
finds this module, which gives the Python Element without the warning;
everything else stays ElementTree.py's own.  Imported on its own (not by
ElementTree.py's body) it is missing, as a C module that cannot load.
"""

import sys as _sys

_ET = _sys.modules.get('xml.etree.ElementTree')
if _ET is None or not hasattr(_ET, '_Element_Py'):
    raise ImportError('_elementtree serves xml.etree.ElementTree only', name='_elementtree')


class Element(_ET.Element):
    __slots__ = ()

    def __bool__(self):
        return len(self._children) != 0


Element.__module__ = 'xml.etree.ElementTree'


def _set_factories(comment_factory, pi_factory):
    """The C module's hook for Comment/PI; the Python ones need none."""
