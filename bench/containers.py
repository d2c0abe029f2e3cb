"""containers: list, dict and set heavy work -- word counts, graphs, queues, slicing.

usage: krait bench/containers.py [n]      n = number of words / graph nodes

A word-frequency table with dict.get and setdefault, a random graph stored
as dict of lists explored with breadth-first search (collections.deque) and
connected components (sets), a stack and a list used as a queue with
insert/pop, slicing and reversal, dict views and set algebra.
Self-check: alternative computations (Counter, union-find, sorted lists).
"""
import collections
import sys

DEFAULT = 580000
TINY = 500
SMALL = 6000  # callgrind size: about 1/20 of the default work

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "x"]


def make_words(n):
    words = []
    state = 7
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = state >> 16
        words.append(SYLLABLES[k % 12] + SYLLABLES[(k // 12) % 12] + SYLLABLES[(k // 144) % 5])
    return words


def make_graph(nodes):
    graph = {i: [] for i in range(nodes)}
    state = 3
    for _ in range(nodes * 3 // 4):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        a = state % nodes
        state = (state * 69069 + 1) & 0xFFFFFFFF
        b = state % nodes
        graph[a].append(b)
        graph[b].append(a)
    return graph


def components(graph):
    seen = set()
    comps = []
    for start in graph:
        if start in seen:
            continue
        comp = {start}
        queue = collections.deque([start])
        seen.add(start)
        while queue:
            v = queue.popleft()
            for w in graph[v]:
                if w not in seen:
                    seen.add(w)
                    comp.add(w)
                    queue.append(w)
        comps.append(comp)
    return comps


def bench(n):
    words = make_words(n)
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    by_first = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    graph = make_graph(n // 4)
    comps = components(graph)
    sizes = sorted((len(c) for c in comps), reverse=True)
    stack = []
    for i in range(n // 2):
        stack.append(i)
        if i % 3 == 0:
            stack.pop()
    window = stack[len(stack) // 3: len(stack) // 3 * 2]
    rev = window[::-1]
    queue = []
    for i in range(min(n // 20, 5000)):
        queue.insert(0, i)
        if i % 4 == 3:
            queue.pop()
    vowels = set("aeiou")
    vowel_words = {w for w in freq if set(w) & vowels == vowels - {"e", "o", "u"}}
    keys = freq.keys() - {w for w in freq if w.startswith("k")}
    return words, freq, by_first, top, comps, sizes, stack, rev, queue, vowel_words, len(keys)


def check(n, result):
    words, freq, by_first, top, comps, sizes, stack, rev, queue, vowel_words, nkeys = result
    cnt = collections.Counter(words)
    if dict(cnt) != freq:
        return "frequency table"
    if sum(len(v) for v in by_first.values()) != n:
        return "grouping"
    if top != sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
        return "top words"
    nodes = n // 4
    graph = make_graph(nodes)
    parent = list(range(nodes))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, adj in graph.items():
        for b in adj:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    roots = collections.Counter(find(x) for x in range(nodes))
    if sorted(roots.values(), reverse=True) != sizes or sum(sizes) != nodes:
        return "components"
    if stack != [i for i in range(n // 2) if i % 3 != 0]:
        return "stack"
    if list(reversed(rev)) != stack[len(stack) // 3: len(stack) // 3 * 2]:
        return "slice"
    m = min(n // 20, 5000)
    expect = list(range(m))[::-1][: m - m // 4]
    if queue != expect[: len(queue)] or len(queue) != m - m // 4:
        return "queue"
    if nkeys != sum(1 for w in freq if w[0] != "k"):
        return "key views"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("containers: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("containers", n, len(result[1]), result[5][:3], len(result[9]))
