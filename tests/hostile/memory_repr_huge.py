# A repr, str.format and %-format whose result cannot fit under the
# address-space limit raise MemoryError, and the program goes on.
# krait-test: no-asan
import resource

def vm_size():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmSize:'):
                return int(line.split()[1]) * 1024
    return 0

limit = vm_size() + 48 * 2**20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
s = 'x' * 10**5
items = [s] * 640
for what, f in [('repr', lambda: repr(items)),
                ('str', lambda: str(items)),
                ('format', lambda: ('{}' * 640).format(*items)),
                ('percent', lambda: ('%s' * 640) % tuple(items)),
                ('join', lambda: ' '.join(items) * 2)]:
    try:
        r = f()
        print(what, 'fit', len(r))
    except MemoryError:
        print(what, 'MemoryError')
print(len(repr(items[:3])))
