# requires: toml tomli
# toml (read and write) and tomli (read): parsing, dumping, errors.
import datetime
import toml
import tomli

doc = '''
title = "TOML Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
server = "192.168.1.1"
ports = [ 8000, 8001, 8002 ]
connection_max = 5000
enabled = true
ratio = 0.5
[servers]
  [servers.alpha]
  ip = "10.0.0.1"
  dc = "eqdc10"
  [servers.beta]
  ip = "10.0.0.2"
[clients]
data = [ ["gamma", "delta"], [1, 2] ]
hosts = [
  "alpha",
  "omega"
]
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
sku = 284758393
color = "gray"
[misc]
literal = 'C:\\Users\\x'
multi = """
line one
line two"""
inline = { x = 1, y = { z = "deep" } }
local_date = 1979-05-27
local_time = 07:32:00.5
hexa = 0xDEAD_BEEF
big = 1_000_000
inf = inf
exp = 6.626e-34
'''
a = tomli.loads(doc)
b = toml.loads(doc)
for k in sorted(a):
    print(k, a[k])
print(a["owner"]["dob"].utcoffset(), type(a["misc"]["local_time"]).__name__)
print(sorted(b), b["products"], b["misc"]["inline"])
print(toml.dumps({"a": 1, "s": "x\"y", "arr": [1, 2], "t": {"n": None, "d": datetime.date(2020, 1, 2), "f": 1.5}}))
print(toml.dumps(b)[:600])
for bad in ["a = ", "a = 1\na = 2", "[t]\nx=1\n[t]", "s = 'unterminated", "x = [1, 'a']", "k = 1979-13-01"]:
    try:
        tomli.loads(bad)
        print("tomli ok", repr(bad))
    except tomli.TOMLDecodeError as e:
        print("tomli", e)
    try:
        toml.loads(bad)
        print("toml ok", repr(bad))
    except toml.TomlDecodeError as e:
        print("toml", type(e).__name__, e)
print(tomli.loads("x = 1.0", parse_float=str))
