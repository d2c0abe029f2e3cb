# requires: yaml
# YAML load/dump round trips with the pure-Python loader and dumper.
import yaml
import datetime

doc = """
name: Example
version: 1.2
count: 42
enabled: true
nothing: null
date: 2024-01-15
stamp: 2024-01-15 10:30:00
tags: [a, b, "c d"]
nested:
  list:
    - x: 1
      y: 2
    - x: 3
      y: 4
  text: |
    multi line
    block
  folded: >
    folded
    text
anchors:
  base: &base {a: 1, b: 2}
  derived:
    <<: *base
    c: 3
octal: 0o17
hex: 0x1F
float_exp: 1.5e3
inf: .inf
str_num: "123"
"""
data = yaml.safe_load(doc)
for k in sorted(data):
    print(k, repr(data[k]))
out = yaml.safe_dump(data, sort_keys=True, default_flow_style=False)
print(out)
print(yaml.safe_load(out) == data)
print(yaml.dump({"b": [1, 2, {"c": None}], "a": "x: y", "t": (1, 2)}, default_flow_style=True))
print(yaml.dump([{"name": "n", "when": datetime.date(2020, 2, 29)}], indent=4, width=20))
print(yaml.safe_dump("long string " * 10, width=40))
print(yaml.safe_dump({"unicode": "héllo ✓", "multi": "a\nb\n"}, allow_unicode=True))
docs = list(yaml.safe_load_all("---\na: 1\n---\nb: 2\n...\n"))
print(docs)
print(yaml.safe_dump_all(docs, explicit_start=True))

class Point(yaml.YAMLObject):
    yaml_tag = "!Point"
    yaml_loader = yaml.SafeLoader
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print(yaml.safe_load("p: !Point {x: 1, y: 2}"))
print(yaml.dump(Point(3, 4)))
for bad in ("a: [1, 2", "a: b: c", "- a\nb: c", "{a: 1"):
    try:
        yaml.safe_load(bad)
    except yaml.YAMLError as e:
        print(type(e).__name__, str(e).replace("\n", " | "))
print([t.__class__.__name__ for t in yaml.scan("a: [1, b]")])
