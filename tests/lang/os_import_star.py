from _os_pkg import *
print(public, extra)
try:
    hidden
except NameError as e:
    print('NameError', e)
from _os_pkg.mod import *
print(public, also)
try:
    _private
except NameError as e:
    print('NameError', e)
try:
    from _os_pkg.badall import *
except TypeError as e:
    print('TypeError', e)
from errno import *
print(ENOENT, EEXIST)
try:
    errorcode
except NameError as e:
    print('NameError', e)
