# Mutating a list from a sort key function: ValueError "list modified during sort".
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
a.sort(key=key)
