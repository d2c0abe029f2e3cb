# == between two 200,000-deep nested lists recurses in C.
def make():
    x = []
    for _ in range(200000):
        x = [x]
    return x
make() == make()
