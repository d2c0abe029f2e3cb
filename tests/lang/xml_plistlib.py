# plistlib's XML format (parsed with pyexpat)
import datetime
import plistlib

value = {
    "name": "krait",
    "version": 3,
    "ratio": 0.5,
    "big": 2 ** 40,
    "neg": -7,
    "flags": [True, False],
    "data": b"\x00\x01binary\xff",
    "when": datetime.datetime(2024, 5, 17, 12, 30, 45),
    "nested": {"list": [1, "two", {"three": 3.0}], "empty": {}},
    "text": "<escape> & \u00e9",
}
xml = plistlib.dumps(value)
print(xml.decode()[:200])
back = plistlib.loads(xml)
print(back == value, sorted(back))
print(back["data"], back["when"], back["nested"])
print(plistlib.loads(plistlib.dumps(value, sort_keys=False)) == value)
print(plistlib.loads(xml, fmt=plistlib.FMT_XML)["big"])
print(plistlib.dumps([1, 2]).decode())

# malformed plists
bad_docs = [
    b"<plist><dict><key>a</key></dict></plist>",
    b"<plist><integer>x</integer></plist>",
    b"<plist><dict><key>a</key><string>b</string>",
    b"<?xml version='1.0'?><plist version='1.0'><unknown/></plist>",
    b"not xml at all",
]
for doc in bad_docs:
    try:
        print(plistlib.loads(doc))
    except Exception as e:
        print(type(e).__name__, e)

# entity declarations are refused (billion laughs)
evil = b"""<?xml version="1.0"?>
<!DOCTYPE plist [<!ENTITY lol "lol">]>
<plist version="1.0"><string>&lol;</string></plist>"""
try:
    plistlib.loads(evil)
except Exception as e:
    print(type(e).__name__, e)

# binary format still round-trips (no XML involved) and is detected
b = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(plistlib.loads(b) == value)
