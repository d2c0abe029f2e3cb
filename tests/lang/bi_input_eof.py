import sys
try:
    input()
except EOFError as e:
    print('EOFError', e)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)
try:
    input(1, 2)
except TypeError as e:
    print(e)
class FakeIn:
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
sys.stdin = FakeIn(['first line\n', 'second'])
print(repr(input()))
print(repr(input('? ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = sys.__stdin__
print(sys.stdin.readline() == '')
