import sys
class Out:
    def __init__(self):
        self.written = []
    def write(self, s):
        self.written.append(s)
        return len(s)
class In:
    def readline(self):
        return 'answer\n'
out = Out()
real = sys.stdout
sys.stdout = out
sys.stdin = In()
got = input('question? ')
sys.stdout = real
print(repr(got), out.written)
class BadIn:
    def readline(self):
        return 42
sys.stdin = BadIn()
try:
    input()
except TypeError as e:
    print(e)
del sys.stdin
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = sys.__stdin__
