# C int arguments: binascii's bytes_per_sep (Argument Clinic's int
# converter) and time's clock ids (PyArg_Parse "i") overflow with CPython's
# messages wherever the value leaves the C int range.
import binascii
import time

for v in (1, -2, 2**31 - 1, 2**31, -2**31 - 1, 2**40, 2**62, 2**63, 2**70, -2**70):
    try:
        r = binascii.hexlify(b"abcd", "-", v)
        print(v, r)
    except Exception as e:
        print(v, type(e).__name__, e)
for v in (2**31, -2**31 - 1, 2**40, 2**63, 2**70, -2**70, "x", 1.5):
    for f in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
        try:
            f(v)
            print(f.__name__, v, "ok")
        except Exception as e:
            print(f.__name__, v, type(e).__name__, e)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__,
      binascii.b2a_hex(b"\x01\x02\x03", b":", -2), binascii.hexlify(b"xyz", "_", True))
