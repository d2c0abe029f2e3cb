"""json_roundtrip: json.dumps and json.loads of nested documents.

usage: krait bench/json_roundtrip.py [n]      n = number of records in the document

Serialises a list of nested records (strings with escapes and non-ASCII,
ints, floats, booleans, None, lists, dicts) with several option sets
(indent, sort_keys, separators, ensure_ascii) and parses each back.
Self-check: every round trip gives back an equal document, and the
compact and indented texts parse to the same value.
"""
import json
import sys

DEFAULT = 6300
TINY = 20
SMALL = 100  # callgrind size: about 1/20 of the default work


def make(n):
    docs = []
    for i in range(n):
        docs.append({
            "id": i,
            "name": "user_%d \"quoted\" \u00e9\u4e2d\\" % i,
            "score": i * 0.37 - 100.5,
            "active": i % 3 == 0,
            "manager": None if i % 5 else i // 5,
            "tags": ["t%d" % (i % k) for k in range(1, 6)],
            "address": {"street": "%d Main St" % i, "zip": "%05d" % (i * 7 % 100000),
                        "geo": [i * 0.001, -i * 0.002]},
            "history": [{"t": j, "v": i * j % 97} for j in range(i % 4)],
        })
    return {"version": 3, "count": n, "records": docs}


def bench(n):
    doc = make(n)
    outs = []
    for opts in ({}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")},
                 {"ensure_ascii": False}):
        text = json.dumps(doc, **opts)
        back = json.loads(text)
        outs.append((text, back))
    return doc, outs


def check(n, result):
    doc, outs = result
    for text, back in outs:
        if back != doc:
            return "round trip changed the document"
    if json.loads(outs[0][0]) != json.loads(outs[1][0]):
        return "compact and indented differ"
    if "\u4e2d" not in outs[3][0] or "\\u4e2d" not in outs[0][0]:
        return "ensure_ascii handling"
    if n and '"active":' not in outs[2][0]:
        return "separators"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("json_roundtrip: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("json_roundtrip", n, [len(t) for t, _ in result[1]])
