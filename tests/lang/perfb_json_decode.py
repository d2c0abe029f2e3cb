# json.loads through the _json scanner: values, escapes, surrogates, big
# numbers, hooks, and the JSONDecodeError messages with their positions.
import json
from collections import OrderedDict
from decimal import Decimal

docs = ['{"a": [1, 2.5, -0, -0.0, 1e3, 1E-2, 12345678901234567890123, null, true, false]}',
        '  [ ]  ', '{}', '""', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00 x"',
        '"\\ud83d"', '"\\udc00\\ud83d"', '"\\ud83d\\u0041"', '"日本\\u8a9e"', '"é😀"',
        '[NaN, Infinity, -Infinity]', '1.5e400', '-1.5e400', '[0.1, 1.0000000000000002]',
        '{"k": 1, "k": 2}', '[[[[[]]]]]', '{"a":{"b":{"c":[1,{"d":null}]}}}', '3', '-7',
        '0.0', '1e5', '1E+5', '[1e, 2]', ' \t\n\r"ws" ']
for d in docs:
    try:
        v = json.loads(d)
        print(repr(v), type(v).__name__)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)

bad = ['', ' ', '[', ']', '{', '{"a"', '{"a":', '{"a" 1}', '{"a":1', '{"a":1,}', '[1,]', '[1 2]',
       '{1: 2}', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12G4"', '"\\u1234', '"\\ud800\\u12"',
       '"\\ud800\\uzzzz"', '"a\tb"', '"a\nb"', 'nul', 'tru', 'fals', 'NaNx', '-', '-x', '01',
       '1.', '.5', '1 2', '[1]x', '{"a":1}}', 'Infinit', '-Infinit', '\ufeff[1]', '[1,\n  2,\n  x]',
       '{"a":1,\n"b" 2}', '[' * 3 + '1' + ']' * 2]
for d in bad:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "JSONDecodeError:", e, "| pos", e.pos, "line", e.lineno, "col", e.colno)

print(json.loads('"a\tb"', strict=False), json.loads('{"x": "\n"}', strict=False))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2, 3.0]', parse_float=Decimal, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('{"a": 1}   ', 0))
print(json.decoder.scanstring('"abc\\n" rest', 1), json.decoder.scanstring('xx"y"', 3))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print("scanstring", e)
s = json.scanner.make_scanner(dec)
print(s('[1, "two"]', 0), s(' 7', 1), s.strict, s.parse_float is float)
try:
    s('xyz', 0)
except StopIteration as e:
    print("StopIteration", e.value)
deep = "[" * 100 + "]" * 100
print(len(repr(json.loads(deep))))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
for n in (400, 3000):
    try:
        print(n, len(json.dumps(json.loads("[" * n + "]" * n))))
    except RecursionError as e:
        print(n, "RecursionError", e)
    nested = {}
    for _ in range(n):
        nested = {"k": nested}
    try:
        print(n, len(json.dumps(nested)))
    except RecursionError as e:
        print(n, "RecursionError", e)
