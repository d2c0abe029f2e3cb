# Docstrings of C-level descriptors: FileIO's getsets, complex's members.
from _io import FileIO
import _io
for d in (FileIO.closed, FileIO.closefd, FileIO.mode, complex.real, complex.imag):
    print(d.__name__, repr(d.__doc__))
with FileIO(__file__) as f:
    print(f.closed, f.closefd, f.mode)
print(f.closed)
