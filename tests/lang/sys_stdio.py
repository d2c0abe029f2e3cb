import sys
n = sys.stdout.write('written\n')
print(n)
sys.stdout.flush()
print('to stdout', file=sys.stdout)
print(type(sys.stdout.isatty()).__name__)
print(hasattr(sys.stdin, 'readline'), hasattr(sys.stdout, 'write'))
old = sys.stdout
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print('captured', 1)
sys.stdout = old
print(cap.parts)
print(sys.__stdout__ is old)
