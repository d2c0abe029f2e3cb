# requires: yaml
# yaml beyond safe_load: python tags, custom representers/constructors,
# events and nodes, canonical output, styles.
import collections
import yaml


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"


def money_rep(dumper, m):
    return dumper.represent_scalar("!money", f"{m.amount} {m.currency}")


def money_con(loader, node):
    amount, cur = loader.construct_scalar(node).split()
    return Money(float(amount), cur)


yaml.add_representer(Money, money_rep)
yaml.add_constructor("!money", money_con, Loader=yaml.Loader)
doc = yaml.dump({"price": Money(9.5, "EUR"), "od": [1, 2]}, sort_keys=False)
print(doc)
print(yaml.load(doc, Loader=yaml.Loader))

od = collections.OrderedDict([("z", 1), ("a", 2)])
print(yaml.dump(od))
print(yaml.unsafe_load(yaml.dump(od)))
print(yaml.dump({"t": (1, 2), "s": {3}, "c": 1 + 2j, "b": b"\x00\x01", "n": None}))
print(yaml.unsafe_load("!!python/tuple [1, 2]"), yaml.unsafe_load("!!python/complex 1+2j"),
      yaml.unsafe_load("!!binary AAE="), yaml.unsafe_load("!!set {a, b}") == {"a", "b"})
try:
    yaml.safe_load("!!python/tuple [1, 2]")
except yaml.constructor.ConstructorError as e:
    print("ConstructorError", str(e).splitlines()[0])
print(yaml.dump({"a": [1, {"b": "c"}]}, canonical=True))
print(yaml.dump({"long": "x" * 30, "quoted": "yes", "multi": "l1\nl2"}, default_style='"'))
print(yaml.dump(["a", "b"], explicit_start=True, explicit_end=True, version=(1, 1)))
events = list(yaml.parse("a: [1, {b: 2}]\n"))
print([type(e).__name__ for e in events])
print(yaml.emit(events))
node = yaml.compose("x: &a [1, 2]\ny: *a\n")
print(node.tag, [(k.value, v.tag) for k, v in node.value])
print(yaml.serialize(node))
loaded = yaml.safe_load("x: &a [1, 2]\ny: *a\n")
print(loaded["x"] is loaded["y"], yaml.dump(loaded))


class Custom(yaml.SafeDumper):
    pass


Custom.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None))
print(yaml.dump({"text": "one\ntwo\n", "plain": "x"}, Dumper=Custom))
print(yaml.safe_load("""
ints: [0b101, 017, 0o17, 0x1f, 1_000, +5, -0]
floats: [1., .5, 1e3, -.inf, .NaN]
bools: [yes, No, on, OFF, true]
null: [~, null, Null]
ts: 2001-12-14t21:59:43.10-05:00
"""))
