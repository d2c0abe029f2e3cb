# keys whose __eq__ grows, empties or rebuilds the very dict or set being
# probed: every lookup must re-read its table after calling Python code
target = {}
budget = [0]

class Key:
    def __init__(self, action):
        self.action = action
    def __hash__(self):
        return 7                 # every key collides: lookups call __eq__
    def __eq__(self, other):
        if budget[0] < 20:
            budget[0] += 1
            self.action()
        return False

def grow():
    for i in range(200):
        if isinstance(target, dict):
            target[("g", budget[0], i)] = i
        else:
            target.add(("g", budget[0], i))

def empty():
    target.clear()

def rebuild():
    items = list(target.items()) if isinstance(target, dict) else list(target)
    target.clear()
    target.update(items)

out = []
for kind in ("dict", "set"):
    for name, action in (("grow", grow), ("empty", empty), ("rebuild", rebuild)):
        ops = {
            "get": lambda k: target.get(k) if kind == "dict" else (k in target),
            "contains": lambda k: k in target,
            "setitem": lambda k: target.__setitem__(k, 1) if kind == "dict" else target.add(k),
            "pop": lambda k: target.pop(k, None) if kind == "dict" else target.discard(k),
            "setdefault": lambda k: target.setdefault(k, 2) if kind == "dict" else target.add(k),
            "eq": lambda k: target == type(target)(target),
        }
        for opname, op in ops.items():
            budget[0] = 0
            globals()["target"] = {} if kind == "dict" else set()
            for i in range(8):
                k = Key(action)
                if kind == "dict":
                    target[k] = i
                else:
                    target.add(k)
            budget[0] = 0
            try:
                r = op(Key(action))
                res = type(r).__name__
            except Exception as e:
                res = type(e).__name__ + ": " + str(e)
            out.append((kind, name, opname, res))
for o in out:
    print(*o)
