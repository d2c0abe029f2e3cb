# Bytes through sys.stdout.buffer and its raw FileIO, interleaved with text.
import sys

print('text first')
sys.stdout.flush()
n = sys.stdout.buffer.write(b'bytes second\n')
print(n)
sys.stdout.flush()
sys.stdout.buffer.write(bytearray(b'a bytearray\n'))
sys.stdout.buffer.write(memoryview(b'a memoryview\n'))
sys.stdout.buffer.flush()
sys.stdout.write('text again\n')
sys.stdout.flush()
sys.stdout.buffer.write('caf\u00e9\n'.encode('utf-8'))
sys.stdout.buffer.flush()
print(sys.stdout.write('\u20ac\n'))
sys.stdout.flush()
sys.stdout.flush()
sys.stdout.buffer.raw.write(b'raw write\n')
sys.stdout.buffer.writelines([b'one ', b'two\n'])
sys.stdout.writelines(['three ', 'four\n'])
sys.stdout.flush()

for bad in ('str', 42, None):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in (b'bytes', 42, None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.stdout.write()
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.buffer.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write('x')
except Exception as e:
    print(type(e).__name__, e)
print(sys.stdout.flush(), sys.stdout.buffer.flush())
with sys.stdout.buffer as b:
    print(b is sys.stdout.buffer)
    sys.stdout.flush()
    b.write(b'inside with\n')
    b.flush()
print('end')
