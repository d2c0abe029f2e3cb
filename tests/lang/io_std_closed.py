# Closing the standard streams: later writes are ValueErrors; the fds stay open.
import os
import sys

log = []
out = sys.stdout
out.write('before close\n')
out.close()
log.append(('closed', out.closed, out.buffer.closed, out.buffer.raw.closed))
for attempt in (lambda: out.write('x'), lambda: print('x'), lambda: out.flush(),
                lambda: out.fileno(), lambda: out.isatty(), lambda: out.buffer.write(b'x'),
                lambda: out.readable(), lambda: out.writable(), lambda: iter(out)):
    try:
        attempt()
        log.append('no error')
    except ValueError as e:
        log.append(('ValueError', str(e)))
out.close()           # a second close is a no-op
log.append(repr(out))
log.append(out.encoding)
os.write(1, ('\n'.join(map(str, log)) + '\n').encode())
os.write(1, b'fd 1 still open\n')
sys.stderr.buffer.close()
log2 = []
try:
    sys.stderr.write('x')
except ValueError as e:
    log2.append(str(e))
log2.append(sys.stderr.closed)
os.write(1, (repr(log2) + '\n').encode())
