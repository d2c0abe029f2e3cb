"""deepcopy_nested: copy.deepcopy and copy.copy of nested structures with shared parts.

usage: krait bench/deepcopy_nested.py [n]      n = number of top-level entries

Deep copies of configuration-like trees (dicts of lists of tuples of
objects), user classes with __deepcopy__ and __copy__, shared references
and a cycle that the memo must preserve, plus shallow copies.  Also a
hand-written recursive copier for comparison.
Self-check: copies are equal, independent (mutating the copy leaves the
original alone), and sharing/cycles are preserved.
"""
import copy
import sys

DEFAULT = 11000
TINY = 20
SMALL = 200  # callgrind size: about 1/20 of the default work


class Config:
    def __init__(self, name, options, children):
        self.name = name
        self.options = options
        self.children = children

    def __eq__(self, other):
        return (type(other) is Config and self.name == other.name and
                self.options == other.options and self.children == other.children)


class Handle:
    """A resource handle: copying shares it on purpose."""

    def __init__(self, ident):
        self.ident = ident

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


def make(n):
    handle = Handle(7)
    common = {"retries": 3, "hosts": ["a", "b", "c"], "limits": (1, 2.5, None)}
    entries = {}
    for i in range(n):
        leaf = Config("leaf%d" % i, {"weight": i * 0.5, "tags": ["x", "y", str(i)]}, [])
        entries["k%d" % i] = {
            "config": Config("node%d" % i, common, [leaf, leaf]),
            "values": [i, i + 1, (i, "s", frozenset({i % 5}))],
            "handle": handle,
            "bytes": b"\x00\x01" * (i % 4),
        }
    root = {"entries": entries, "common": common}
    root["loop"] = [root]
    return root


def plain_copy(obj, memo):
    key = id(obj)
    if key in memo:
        return memo[key]
    t = type(obj)
    if t is dict:
        out = memo[key] = {}
        for k, v in obj.items():
            out[k] = plain_copy(v, memo)
        return out
    if t is list:
        out = memo[key] = []
        for v in obj:
            out.append(plain_copy(v, memo))
        return out
    if t is tuple:
        return tuple(plain_copy(v, memo) for v in obj)
    if t is Config:
        out = memo[key] = Config.__new__(Config)
        out.__dict__ = plain_copy(obj.__dict__, memo)
        return out
    return obj


def bench(n):
    root = make(n)
    deep = copy.deepcopy(root)
    shallow = [copy.copy(e) for e in root["entries"].values()]
    mine = plain_copy(root, {})
    return root, deep, shallow, mine


def check(n, result):
    root, deep, shallow, mine = result
    for cp in (deep, mine):
        if cp["loop"][0] is not cp:
            return "cycle not preserved"
        if cp["entries"] is root["entries"]:
            return "not a deep copy"
        e0 = cp["entries"].get("k0")
        if n and (e0["config"].options is not cp["common"]):
            return "sharing not preserved"
        if n and e0["config"].children[0] is not e0["config"].children[1]:
            return "shared children split"
        if n and e0["handle"] is not root["entries"]["k0"]["handle"]:
            return "__deepcopy__ ignored"
        if cp["entries"] != root["entries"]:
            return "copy differs"
    if n:
        deep["common"]["hosts"].append("d")
        if root["common"]["hosts"] != ["a", "b", "c"]:
            return "copy shares mutable state"
        if shallow[0]["config"] is not root["entries"]["k0"]["config"]:
            return "shallow copy copied too deep"
    return None


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("deepcopy_nested: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("deepcopy_nested", n, len(result[1]["entries"]))
