# exec/eval/compile: dict subclasses as globals and __builtins__, buffer
# sources, and the "given by name and position" errors.
class customdict(dict):
    pass

code = compile("superglobal", "test", "exec")
exec(code, {'__builtins__': customdict({'superglobal': 1})})
try:
    exec(code, {'__builtins__': customdict()})
except NameError as e:
    print("NameError", e)

class frozendict(dict):
    def __setitem__(self, key, value):
        raise KeyError("frozendict is readonly")

try:
    exec(compile("class A: pass", "", "exec"), {'__builtins__': frozendict()})
except NameError as e:
    print("NameError", e)
ns = frozendict(__builtins__=__builtins__.__dict__ if hasattr(__builtins__, '__dict__') else __builtins__)
try:
    exec("x = 1", ns)
except KeyError as e:
    print("KeyError", e)

class G(dict):
    pass
g = G(a=5)
exec("b = a * 2", g)
print(type(g).__name__, g['b'], eval("a + b", g))
try:
    exec("x", 5)
except TypeError as e:
    print("TypeError", e)

class setonlydict(dict):
    def __getitem__(self, key):
        raise RuntimeError("no reading " + key)
try:
    exec(compile("globalname", "test", "exec"), setonlydict({'globalname': 1}))
except RuntimeError as e:
    print("RuntimeError", e)

# sources: str subclasses and any buffer
import array
class S(str):
    pass
print(eval(S("5+5")), eval(memoryview(b"1+2")), eval(array.array('b', b"3*4")))
exec(memoryview(b"print('from a memoryview')"))
print(type(compile(memoryview(b"text"), "name", "exec")).__name__)
print(type(compile(bytearray(b"x = 1"), "name", "exec")).__name__)
for bad in [1, None, [1]]:
    for f in (eval, exec):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        compile(bad, "f", "exec")
    except TypeError as e:
        print("TypeError", e)

# arguments given twice
for call in [lambda: __import__('sys', name='sys'),
             lambda: __import__('sys', None, None, (), 0, level=0),
             lambda: compile('pass', '?', 'exec', mode='eval', source='0', filename='tmp'),
             lambda: compile('pass', '?', source='0'),
             lambda: __import__('sys', bogus=1)]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
print(__import__(name='os', fromlist=['path']).__name__)
print(type(compile(source='pass', filename='?', mode='exec')).__name__)

# format() takes a str subclass as the spec
class DerivedFromStr(str):
    pass
print(repr(format(0, DerivedFromStr('10'))), repr(format('ab', DerivedFromStr('>5'))))
print(repr(format(1.5, DerivedFromStr('08.3f'))), repr(format([1], DerivedFromStr(''))))
try:
    format(1, b'd')
except TypeError as e:
    print("TypeError", e)
for c in ['compile(\'a\',\'b\',\'exec\',0,0,0,0)', 'compile(\'a\',\'b\',\'exec\',0,0,0,_feature_version=1, x=2)', '__import__(\'a\',1,2,3,4,5)']:
    try: eval(c)
    except TypeError as e: print(e)
