/*
 * fuzz_numfmt.c -- libFuzzer target: parsing and formatting numbers
 * (src/core/numfmt*.c, dtoa.c, int.c, float.c, complex.c, format.c):
 * int()/float()/complex() of arbitrary text, format() with arbitrary
 * specs, printf-style %, float.hex/fromhex, int.to_bytes/from_bytes.
 * The driver checks the round trips CPython guarantees (repr of a float
 * reads back as the same float, str/hex of an int reads back as the int).
 */
#include "pydriver.h"

static const char driver[] =
    "import sys\n"
    "sys.set_int_max_str_digits(5000)\n"
    "SAMPLES = (0, 1, -7, 255, 10**20, -(2**70), 0.0, -0.0, 1.5, -2.75e-300, 1e300,\n"
    "           float('inf'), float('nan'), 3.141592653589793, 1+2j, -0.5j, True)\n"
    "def check_float(f):\n"
    "    if f == f:\n"
    "        check(float(repr(f)) == f, repr(f))\n"
    "        check(float.fromhex(f.hex()) == f, f.hex())\n"
    "def check_int(n):\n"
    "    check(int(str(n)) == n)\n"
    "    check(int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n)\n"
    "def fuzz(data):\n"
    "    if not data:\n"
    "        return\n"
    "    op, rest = data[0], data[1:]\n"
    "    s = rest.decode('utf-8', 'surrogateescape')\n"
    "    if op % 8 in (4, 5) and too_wide(s):\n"
    "        return\n"
    "    try:\n"
    "        k = op % 8\n"
    "        if k == 0:\n"
    "            n = int(s)\n"
    "            check_int(n)\n"
    "        elif k == 1:\n"
    "            base = (op >> 3) % 37\n"
    "            n = int(s, base if base != 1 else 0)\n"
    "            check_int(n)\n"
    "        elif k == 2:\n"
    "            check_float(float(s))\n"
    "        elif k == 3:\n"
    "            c = complex(s)\n"
    "            check_float(c.real); check_float(c.imag)\n"
    "            repr(c); str(c)\n"
    "        elif k == 4:\n"
    "            for v in SAMPLES:\n"
    "                try:\n"
    "                    format(v, s)\n"
    "                except (ValueError, TypeError, OverflowError):\n"
    "                    pass\n"
    "        elif k == 5:\n"
    "            for args in ((1.5,), (42,), ('x',), (-3, 2.5), {'a': 1}):\n"
    "                try:\n"
    "                    s % args\n"
    "                    rest % args\n"
    "                except (ValueError, TypeError, OverflowError, KeyError):\n"
    "                    pass\n"
    "        elif k == 6:\n"
    "            check_float(float.fromhex(s))\n"
    "        else:\n"
    "            order = 'big' if op & 16 else 'little'\n"
    "            n = int.from_bytes(rest, order, signed=bool(op & 32))\n"
    "            signed = bool(op & 32)\n"
    "            check(int.from_bytes(n.to_bytes(len(rest), order, signed=signed), order, signed=signed) == n)\n"
    "            check_int(n)\n"
    "            round(n, -(op % 40)); n.bit_length(); n.bit_count()\n"
    "            if rest:\n"
    "                f = n / (rest[0] + 1)\n"
    "                check_float(f)\n"
    "                round(f, op % 20 - 10); f.as_integer_ratio() if f == f and abs(f) != float('inf') else 0\n"
    "    except (ValueError, TypeError, OverflowError, ZeroDivisionError, MemoryError):\n"
    "        pass\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!th)
        driver_start(driver);
    driver_run(data, size);
    return 0;
}
