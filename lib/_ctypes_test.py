"""_ctypes_test for krait: CPython's test library for ctypes.

test_ctypes imports _ctypes_test only to find the shared library's path
(CDLL(_ctypes_test.__file__)); this module names Debian's build of it, which
_ctypes_native opens lazily (src/modules/_ctypes.c, is_extension_module).
"""

import os as _os

__file__ = _os.path.join("/usr/lib/python3.11/lib-dynload",
                         "_ctypes_test.cpython-311-x86_64-linux-gnu.so")
if not _os.path.exists(__file__):
    raise ImportError("No module named '_ctypes_test'", name="_ctypes_test")
del _os
