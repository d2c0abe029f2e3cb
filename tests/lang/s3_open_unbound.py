# builtins.open / io.open stored as a class attribute is not bound to
# instances (it is a builtin function in CPython): test_file's pattern.
import io
import os
import tempfile

class Tests:
    open = io.open
    bopen = open

t = Tests()
print(t.open is Tests.open, t.bopen is Tests.bopen, io.open is open)
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with t.open(path, "w") as f:
    f.write("hello\n")
with t.bopen(path, "rb") as f:
    print(f.read())
with io.open(path) as f:
    print(f.readline().rstrip(), f.mode, type(f).__name__)
try:
    t.open()
except TypeError as e:
    print("TypeError")
try:
    t.open(path + ".missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(callable(open), open.__name__)
os.unlink(path)
