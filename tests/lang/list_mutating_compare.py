# __eq__/__lt__/__hash__ that grow or shrink the very list being walked:
# every list method must re-read its array after calling Python code
import bisect
import heapq

victim = []

budget = [0]

def grow():
    if budget[0] < 30:                 # bounded: a walk over the list ends
        budget[0] += 1
        victim.extend([0] * 5000)      # forces the array to move

class Grow:
    def __eq__(self, other):
        grow()
        return False
    def __lt__(self, other):
        grow()
        return False
    __hash__ = object.__hash__

class Shrink:
    def __eq__(self, other):
        victim.clear()
        return False
    def __lt__(self, other):
        victim.clear()
        return False
    __hash__ = object.__hash__

def reset(cls, n=20):
    budget[0] = 0
    victim.clear()
    victim.extend(cls() for _ in range(n))

results = []
for cls in (Grow, Shrink):
    ops = [
        ("index", lambda: victim.index(object())),
        ("count", lambda: victim.count(object())),
        ("remove", lambda: victim.remove(object())),
        ("contains", lambda: object() in victim),
        ("eq", lambda: victim == [object()] * len(victim)),
        ("lt", lambda: victim < [object()] * len(victim)),
        ("tuple-eq", lambda: tuple(victim) == tuple(victim[:-1]) + (object(),)),
        ("max", lambda: max(victim)),
        ("sorted", lambda: sorted(victim)),
        ("sort", lambda: victim.sort()),
        ("min-key", lambda: min(victim, key=lambda x: x)),
        ("bisect", lambda: bisect.bisect_left(victim, cls())),
        ("insort", lambda: bisect.insort(victim, cls())),
        ("heappush", lambda: heapq.heappush(victim, cls())),
        ("heappop", lambda: heapq.heappop(victim)),
        ("heapify", lambda: heapq.heapify(victim)),
        ("nsmallest", lambda: heapq.nsmallest(3, victim)),
    ]
    for name, op in ops:
        reset(cls)
        try:
            r = op()
            out = type(r).__name__
        except Exception as e:
            out = type(e).__name__
        results.append((cls.__name__, name, out, len(victim) > 0))
for r in results:
    print(*r)
