# The unicodedata module's namespace and the UCD type.
import unicodedata

print(unicodedata.unidata_version, unicodedata.__name__)
names = [n for n in dir(unicodedata) if not n.startswith("_")]
print(sorted(names))
print(sorted(n for n in dir(unicodedata.ucd_3_2_0) if not n.startswith("_")))
print(unicodedata.UCD.__name__, unicodedata.UCD.__module__, unicodedata.UCD.__qualname__)
print(isinstance(unicodedata.ucd_3_2_0, unicodedata.UCD))
print(type(unicodedata.ucd_3_2_0) is unicodedata.UCD)
try:
    unicodedata.UCD()
except TypeError as e:
    print("TypeError", e)
try:
    unicodedata.ucd_3_2_0.unidata_version = "x"
except AttributeError as e:
    print("AttributeError")
print(unicodedata.category.__name__, unicodedata.ucd_3_2_0.category.__name__)
print(callable(unicodedata.lookup))
from unicodedata import normalize, lookup, ucd_3_2_0
print(normalize("NFKC", "\ufb01"), lookup("SNOWMAN") == "\u2603", ucd_3_2_0.unidata_version)
import sys
print(sys.modules["unicodedata"] is unicodedata)
