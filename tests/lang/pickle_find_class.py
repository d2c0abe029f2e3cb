# find_class: restricting what may be unpickled, Python 2 module names
# mapped by fix_imports, dotted names from protocol 4, encoding of py2 str.
import builtins
import io
import pickle

safe = {'range', 'complex', 'set', 'frozenset', 'slice'}


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in safe:
            return getattr(builtins, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


def restricted_loads(s):
    return RestrictedUnpickler(io.BytesIO(s)).load()


print(restricted_loads(pickle.dumps([1, 2, range(15)])))
for bad in (b"cos\nsystem\n(S'echo hello world'\ntR.", pickle.dumps(len), pickle.dumps(print, 0)):
    try:
        restricted_loads(bad)
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

u = pickle.Unpickler(io.BytesIO(b''))
print(u.find_class('builtins', 'len'), u.find_class('collections', 'OrderedDict'))
try:
    u.find_class('builtins', 'int.bit_length')
except AttributeError as e:
    print('AttributeError', e)
try:
    u.find_class('no_such_mod_xyz', 'x')
except ImportError as e:
    print(type(e).__name__, e)

# protocol 4 resolves dotted (nested) names
print(pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x0eint.bit_length\x93.'))
print(pickle.loads(b'\x80\x04\x8c\x0bcollections\x8c\x16OrderedDict.fromkeys\x93.'))
try:
    pickle.loads(b'\x80\x03cbuiltins\nint.bit_length\n.')
except AttributeError as e:
    print('AttributeError', e)

# Python 2 names: __builtin__, copy_reg, exceptions, UserDict ...
py2 = [b'c__builtin__\nlen\n.', b'cexceptions\nValueError\n.', b'ccopy_reg\n_reconstructor\n.',
       b'c__builtin__\nxrange\n.', b'c__builtin__\nunicode\n.', b'cUserDict\nIterableUserDict\n.']
for data in py2:
    print(pickle.loads(data), end=' ')
    try:
        print(pickle.loads(data, fix_imports=False))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b'\x80\x03c__builtin__\nlen\n.', fix_imports=True) if False else 'p3')
try:
    pickle.loads(b'\x80\x03c__builtin__\nlen\n.')
except Exception as e:
    print(type(e).__name__, e)

# protocol < 3 maps Python 3 names back to Python 2 ones when dumping
for proto in range(4):
    print(proto, pickle.dumps(range, proto), pickle.dumps(range, proto, fix_imports=False))
    print(proto, pickle.dumps(ValueError, proto), pickle.dumps(str, proto))

# Python 2 str: encoding and errors
py2str = b"S'caf\\xe9'\np0\n."
print(pickle.loads(py2str, encoding='latin1'), pickle.loads(py2str, encoding='bytes'))
try:
    pickle.loads(py2str)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(pickle.loads(py2str, errors='replace'), pickle.loads(py2str, errors='ignore'))
print(pickle.loads(b'U\x03abcq\x00.', encoding='bytes'), pickle.loads(b'T\x02\x00\x00\x00hi.'))
print(pickle.loads(b"S'a\\nb\\\\c\\'d\\x41\\101'\n."))
print(pickle.loads(b'S"dq"\n.'))
