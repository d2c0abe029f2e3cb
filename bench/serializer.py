"""serializer: a pure-Python binary serializer in the manner of pickle.

usage: krait bench/serializer.py [n]      n = number of objects in the graph

Encodes an object graph (None, bools, ints of any size, floats, str, bytes,
lists, tuples, dicts, sets and instances of user classes via __dict__) into
a tagged byte stream with struct and a memo table, so shared and cyclic
references survive; decodes it back with a cursor object.  Exercises
isinstance dispatch tables, bytearray appends, struct pack/unpack, dicts
keyed by id().  Self-check: decode(encode(x)) is structurally equal to x,
sharing and cycles are preserved, and the stream is deterministic.
"""
import struct
import sys

DEFAULT = 11000
TINY = 30
SMALL = 300  # callgrind size: about 1/20 of the default work


class Point:
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label

    def __eq__(self, other):
        return type(other) is Point and self.__dict__ == other.__dict__


class Shape:
    def __init__(self, name, points):
        self.name = name
        self.points = points
        self.parent = None


CLASSES = {"Point": Point, "Shape": Shape}

F64 = struct.Struct("<d")
I64 = struct.Struct("<q")
U32 = struct.Struct("<I")


class Encoder:
    def __init__(self):
        self.out = bytearray()
        self.memo = {}
        self.keep = []

    def varint(self, v):
        out = self.out
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)

    def write_str(self, s):
        b = s.encode("utf-8")
        self.varint(len(b))
        self.out += b

    def encode(self, obj):
        t = type(obj)
        if obj is None:
            self.out.append(0x4E)
        elif t is bool:
            self.out.append(0x54 if obj else 0x46)
        elif t is int:
            if -(1 << 63) <= obj < (1 << 63):
                self.out.append(0x49)
                self.out += I64.pack(obj)
            else:
                self.out.append(0x4C)
                self.write_str(str(obj))
        elif t is float:
            self.out.append(0x44)
            self.out += F64.pack(obj)
        elif t is str:
            self.out.append(0x53)
            self.write_str(obj)
        elif t is bytes:
            self.out.append(0x42)
            self.varint(len(obj))
            self.out += obj
        else:
            self.encode_container(obj, t)

    def encode_container(self, obj, t):
        key = id(obj)
        if key in self.memo:
            self.out.append(0x52)
            self.out += U32.pack(self.memo[key])
            return
        self.memo[key] = len(self.memo)
        self.keep.append(obj)
        if t is list:
            self.out.append(0x5B)
            self.varint(len(obj))
            for item in obj:
                self.encode(item)
        elif t is tuple:
            self.out.append(0x28)
            self.varint(len(obj))
            for item in obj:
                self.encode(item)
        elif t is dict:
            self.out.append(0x7B)
            self.varint(len(obj))
            for k, v in obj.items():
                self.encode(k)
                self.encode(v)
        elif t is set or t is frozenset:
            self.out.append(0x7C)
            items = sorted(obj, key=repr)
            self.varint(len(items))
            for item in items:
                self.encode(item)
        elif t.__name__ in CLASSES:
            self.out.append(0x4F)
            self.write_str(t.__name__)
            self.encode(obj.__dict__)
        else:
            raise TypeError("cannot serialize %r" % t)


class Decoder:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.memo = []

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def varint(self):
        shift = v = 0
        while True:
            b = self.byte()
            v |= (b & 0x7F) << shift
            if b < 0x80:
                return v
            shift += 7

    def take(self, n):
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def decode(self):
        tag = self.byte()
        if tag == 0x4E:
            return None
        if tag == 0x54:
            return True
        if tag == 0x46:
            return False
        if tag == 0x49:
            return I64.unpack(self.take(8))[0]
        if tag == 0x4C:
            return int(self.take(self.varint()).decode())
        if tag == 0x44:
            return F64.unpack(self.take(8))[0]
        if tag == 0x53:
            return self.take(self.varint()).decode("utf-8")
        if tag == 0x42:
            return bytes(self.take(self.varint()))
        if tag == 0x52:
            return self.memo[U32.unpack(self.take(4))[0]]
        return self.decode_container(tag)

    def decode_container(self, tag):
        if tag == 0x5B:
            out = []
            self.memo.append(out)
            for _ in range(self.varint()):
                out.append(self.decode())
            return out
        if tag == 0x28:
            slot = len(self.memo)
            self.memo.append(None)
            out = tuple([self.decode() for _ in range(self.varint())])
            self.memo[slot] = out
            return out
        if tag == 0x7B:
            out = {}
            self.memo.append(out)
            for _ in range(self.varint()):
                k = self.decode()
                out[k] = self.decode()
            return out
        if tag == 0x7C:
            slot = len(self.memo)
            self.memo.append(None)
            out = set(self.decode() for _ in range(self.varint()))
            self.memo[slot] = out
            return out
        if tag == 0x4F:
            cls = CLASSES[self.take(self.varint()).decode()]
            obj = cls.__new__(cls)
            self.memo.append(obj)
            obj.__dict__.update(self.decode())
            return obj
        raise ValueError("bad tag 0x%02x at %d" % (tag, self.pos - 1))


def make_graph(n):
    shared = Point(0.5, -0.5, "origin")
    shapes = []
    for i in range(n):
        pts = [Point(i * 0.25, j - 1.5, "p%d" % j) for j in range(3)] + [shared]
        s = Shape("shape-%d-\u00e9" % i, pts)
        if shapes and i % 3:
            s.parent = shapes[i // 2]
        shapes.append(s)
    root = {
        "shapes": shapes,
        "meta": {"count": n, "big": 3 ** 100 + n, "neg": -12345678901234, "flags": (True, False, None)},
        "blob": bytes(range(256)) * 2,
        "tags": {"a", "b", "c%d" % n},
        "matrix": [[i * j for j in range(10)] for i in range(n // 10 + 1)],
    }
    root["self"] = root
    return root


def same(a, b, seen):
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        return len(a) == len(b) and all(same(x, y, seen) for x, y in zip(a, b))
    if isinstance(a, dict):
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        return a.keys() == b.keys() and all(same(a[k], b[k], seen) for k in a)
    if isinstance(a, (Point, Shape)):
        return same(a.__dict__, b.__dict__, seen)
    return a == b


def bench(n):
    root = make_graph(n)
    enc = Encoder()
    enc.encode(root)
    data = bytes(enc.out)
    back = Decoder(data).decode()
    return root, data, back


def check(n, result):
    root, data, back = result
    if back["self"] is not back:
        return "cycle lost"
    shared = [s.points[-1] for s in back["shapes"]]
    if any(p is not shared[0] for p in shared):
        return "sharing lost"
    if not same(root, back, set()):
        return "decoded graph differs"
    enc = Encoder()
    enc.encode(back)
    if bytes(enc.out) != data:
        return "re-encoding differs"
    return None


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("serializer: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("serializer", n, len(result[1]))
