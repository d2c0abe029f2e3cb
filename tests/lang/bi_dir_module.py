import sys
import math
d = dir(math)
print(d == sorted(d), 'sqrt' in d, 'pi' in d, '__name__' in d)
print(dir(sys) == sorted(vars(sys)))
print(vars(math) is math.__dict__)
x = 1
print('x' in dir(), 'sys' in dir(), dir() == sorted(dir()))
class Meta:
    a = 1
    def __init__(self):
        self.b = 2
names = dir(Meta())
print('a' in names, 'b' in names, '__init__' in names, '__class__' in names)
print([n for n in dir(Meta) if not n.startswith('_')])
print(dir([]) == sorted(dir([])), 'append' in dir([]), 'keys' in dir({}))
print('__add__' in dir(1), 'real' in dir(1))
