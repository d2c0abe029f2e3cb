# Byte-exact pickles of atoms (None, bools, ints of every width, floats,
# str, bytes, bytearray) for every protocol, and their round trips.
import pickle

atoms = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1,
         2**31, -2**31 - 1, 2**63, -2**63, 2**64 - 1, -2**64, 2**1000, -2**2000, -128, -129, 127, 128,
         1.5, -0.0, 1e100, float('inf'), float('-inf'), 3.141592653589793,
         '', 'abc', 'caf\xe9', '\u1234\U0001f600', 'a\nb\\c\r\x00\x1a', 'x' * 300,
         b'', b'xyz', b'\x00\xff' * 200, bytearray(), bytearray(b'ab')]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for v in atoms:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v and type(back) is type(v)
        print(' ', repr(v)[:30], data if len(data) < 120 else (len(data), data[:40]), same)

nan = pickle.loads(pickle.dumps(float('nan'), 0))
print(nan != nan, pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 2))
print(pickle.dumps(True, protocol=-1), pickle.dumps(7, protocol=None))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
# lone surrogates go through surrogatepass
s = '\udc80x\ud800'
print(pickle.dumps(s, 3), pickle.loads(pickle.dumps(s, 4)) == s, pickle.loads(pickle.dumps(s, 0)) == s)
