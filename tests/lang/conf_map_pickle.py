import pickle
m = map(lambda x: x, [1])
for obj in [map(abs, [-1, -2, 3]), map(pow, [1, 2], [3, 4]), filter(None, [0, 1, 2]), filter(bool, "ab")]:
    next(obj)
    print(type(obj).__name__, list(pickle.loads(pickle.dumps(obj, 2))))
print(map(abs, []).__reduce__()[0] is map, filter(None, []).__reduce__()[1][0])
