# Pure-Python library modules that import on krait today.
import sys
sys.path.append('/usr/lib/python3.11')
import keyword, reprlib
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
r = reprlib.Repr(); r.maxlist = 3
print(r.repr(list(range(10))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
