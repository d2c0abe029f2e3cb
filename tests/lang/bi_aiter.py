class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        return ('awaitable', self.n)
a = AIt()
print(aiter(a) is a)
print(anext(a), anext(a))
for bad in (1, 'str', [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)
class OnlyAiter:
    def __aiter__(self):
        return 5
try:
    aiter(OnlyAiter())
except TypeError as e:
    print(e)
try:
    aiter()
except TypeError as e:
    print(e)
