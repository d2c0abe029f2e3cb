# < between two deeply nested lists.
def make():
    x = [0]
    for _ in range(200000):
        x = [x]
    return x
make() < make()
