import sys
print(sys.intern('hello') == 'hello', sys.intern('a' + 'b') is sys.intern('ab'))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.getsizeof(1)).__name__, sys.getsizeof([]) > 0)
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
class S:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(S()) >= 100)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(callable(sys.breakpointhook), sys.breakpointhook is sys.__breakpointhook__)
print(type(sys.executable).__name__, sys.platform)
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(type(sys.api_version).__name__)
