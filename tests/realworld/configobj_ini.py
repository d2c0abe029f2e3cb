# requires: configobj validate
# configobj: reading, validating and writing nested INI files.
from configobj import ConfigObj, flatten_errors
from validate import Validator

ini = """# top comment
name = demo
debug = true
ports = 80, 443
[database]
host = localhost
port = 5432   # inline
  [[pool]]
  size = 10
  timeout = 2.5
[paths]
root = /srv
logs = %(root)s/logs
"""
spec = """name = string(min=2)
debug = boolean
ports = int_list
extra = integer(default=7)
[database]
host = string
port = integer(0, 65535)
  [[pool]]
  size = integer(max=5)
  timeout = float
"""
cfg = ConfigObj(ini.splitlines(), configspec=spec.splitlines(), interpolation="ConfigParser")
res = cfg.validate(Validator(), preserve_errors=True)
print(res if res is True else "errors")
for sections, key, err in flatten_errors(cfg, res):
    print(sections, key, err)
print(cfg["name"], cfg["debug"], cfg["ports"], cfg["extra"], cfg["database"]["pool"]["timeout"], cfg["paths"]["logs"])
print(cfg.sections, cfg["database"].sections, cfg["database"].scalars, cfg.comments, cfg.inline_comments)
print(cfg.dict())
cfg["new"] = {"a": "1", "b": ["x", "y"]}
cfg["database"]["port"] = 6543
for line in cfg.write():
    print(line)
c2 = ConfigObj(["a = 'quoted, value'", 'b = "x", y', "c = '''multi", "line'''"], list_values=True)
print(c2.dict())
v = Validator()
print(v.check("integer(min=1)", "5"), v.check("option('a','b')", "b"), v.check("list(min=1)", ["a"]), v.check("ip_addr", "10.0.0.1"))
try:
    v.check("integer(max=3)", "9")
except Exception as e:
    print(type(e).__name__, e)
