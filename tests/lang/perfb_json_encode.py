# json.dumps through the _json encoder: option sets, escapes, non-str keys,
# nan/inf, default(), cycles, subclasses, and the errors.
import json
from collections import OrderedDict
from enum import IntEnum

class Color(IntEnum):
    RED = 1

class L(list):
    pass

class D(dict):
    def items(self):
        return [("z", 0)] + list(super().items())

class F(float):
    pass

doc = {"s": "plain", "esc": "q\"b\\s/n\n\tt\x01\x1f\x7f", "uni": "é中😀", "i": [0, -5, 2 ** 70],
       "f": [0.5, -0.0, 1e300, 1e-7, 3.0], "b": [True, False, None], "t": (1, (2,)), "e": {},
       "l": [], "n": {"deep": [{"x": [1, {"y": None}]}]}}
for opts in ({}, {"ensure_ascii": False}, {"sort_keys": True}, {"separators": (",", ":")},
             {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"separators": (";", "=")}):
    print(opts, json.dumps(doc, **opts))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", -3: "e", 1e100: "f"}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True), json.dumps(OrderedDict([("b", 1), ("a", 2)])))
print(json.dumps([Color.RED, F(1.5), L([1, 2]), D(a=1)]), json.dumps(D(a=1), sort_keys=True))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("x"), json.dumps(5), json.dumps(None), json.dumps(2.5), json.dumps([]))
print(json.dumps({"a": object()}, default=lambda o: "obj"))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True))
print(json.dumps(["é"], ensure_ascii=False), json.encoder.encode_basestring_ascii("é\n😀"),
      json.encoder.encode_basestring("é\n\x00"))
print(json.dumps({"a": [1, 2]}, check_circular=False), json.dumps("\ud800x\udfff"))
errs = []
a = []
a.append(a)
d = {}
d["self"] = d
class Obj:
    pass
loop = Obj()
for obj, kw in [(a, {}), (d, {}), ({(1, 2): 3}, {}), ([float("nan")], {"allow_nan": False}),
                ({1.5e400: 1}, {"allow_nan": False}), (object(), {}), ({"a": {1, 2}}, {}),
                (loop, {"default": lambda o: [o]}), ({"b": 1, 2: 3}, {"sort_keys": True}),
                (b"bytes", {})]:
    try:
        print(json.dumps(obj, **kw))
    except (TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__, e)
try:
    json.encoder.encode_basestring(5)
except TypeError as e:
    print("TypeError", e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(E().encode({"s": {3, 1, 2}}), E(indent=1).encode([{1, 0}]))
print(list(json.JSONEncoder().iterencode({"a": 1})))
deep = []
for _ in range(200):
    deep = [deep]
print(len(json.dumps(deep)))
enc = json.encoder.c_make_encoder(None, str, json.encoder.encode_basestring_ascii, None, ":", ",",
                                  False, False, True)
print(type(enc({"a": [1, 2]}, 0)).__name__, enc({"a": [1, 2]}, 0), enc.sort_keys, enc.key_separator)
