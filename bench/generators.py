"""generators: generator pipelines, yield from over trees, itertools chains.

usage: krait bench/generators.py [n]      n = number of items through the pipeline

Lazily chained generator stages (source, filter, map, sliding window,
batching), recursive `yield from` over a binary tree, generator .send()
used as a running-average coroutine, and itertools glue.
Self-check: each result is recomputed eagerly with lists and loops.
"""
import itertools
import sys

DEFAULT = 900000
TINY = 1000
SMALL = 15000  # callgrind size: about 1/20 of the default work


def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def scale(items, k):
    for x in items:
        yield x % 1000 * k


def windows(items, size):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)


def batches(items, size):
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


def bench(n):
    stage = scale(keep(lambda x: x & 1, numbers(n)), 3)
    window_sums = sum(max(w) - min(w) for w in windows(stage, 4))
    batch_count = sum(len(b) for b in batches(numbers(n // 2), 64))
    root = None
    for x in itertools.islice(numbers(n // 10), n // 10):
        root = insert(root, x % 100003)
    ordered = list(inorder(root))
    avg = averager()
    next(avg)
    last = None
    for x in numbers(n // 4):
        last = avg.send(x % 97)
    chained = sum(itertools.chain.from_iterable(
        (i, -i // 2) for i in itertools.takewhile(lambda v: v < n, itertools.count(0, 3))))
    return window_sums, batch_count, ordered, last, chained


def check(n, result):
    window_sums, batch_count, ordered, last, chained = result
    nums = []
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        nums.append(x)
    staged = [v % 1000 * 3 for v in nums if v & 1]
    ws = sum(max(staged[i:i + 4]) - min(staged[i:i + 4]) for i in range(len(staged) - 3))
    if ws != window_sums:
        return "window sums %d != %d" % (window_sums, ws)
    if batch_count != n // 2:
        return "batches hold %d items" % batch_count
    if ordered != sorted(v % 100003 for v in nums[: n // 10]):
        return "tree traversal out of order"
    vals = [v % 97 for v in nums[: n // 4]]
    if vals and abs(last - sum(vals) / len(vals)) > 1e-6:
        return "running average %r" % last
    if chained != sum(i + (-i // 2) for i in range(0, n, 3)):
        return "chained sum"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("generators: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("generators", n, result[0], result[1], len(result[2]))
