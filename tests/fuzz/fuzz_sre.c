/*
 * fuzz_sre.c -- libFuzzer target: regular expressions, from re's
 * pure-Python compiler down to _sre's validator and matcher
 * (src/modules/_sre*.c, sre_engine.c, sre_validate.c).  An input is
 * flags, then a pattern and a subject separated by a NUL; the driver
 * compiles the pattern as str and as bytes and runs every matching
 * entry point.  Catastrophic backtracking is bounded by the budget: the
 * matcher's interrupt hook turns it into KeyboardInterrupt.
 */
/* The fuzz build's matcher ticks the budget once per 256 steps
 * (KR_SRE_CHECK_INTERVAL): this budget keeps a catastrophic pattern to
 * about a second under ASan. */
#define DRIVER_BUDGET 25000
#include "pydriver.h"

static const char driver[] =
    "import re, warnings\n"
    "warnings.simplefilter('ignore')\n"
    "FLAGS = (0, re.I, re.M, re.S, re.X, re.A, re.I | re.M | re.S, re.I | re.A)\n"
    "def exercise(p, subj, repl):\n"
    "    m = p.search(subj)\n"
    "    if m:\n"
    "        m.span(); m.groups(); m.groupdict(); m.lastindex; m.lastgroup; m.group(0)\n"
    "        check(subj[m.start():m.end()] == m.group(0))\n"
    "        try:\n"
    "            m.expand(repl)\n"
    "        except (re.error, IndexError, TypeError, ValueError):\n"
    "            pass\n"
    "    p.match(subj); p.fullmatch(subj)\n"
    "    found = p.findall(subj)\n"
    "    spans = [x.span() for x in p.finditer(subj)]\n"
    "    check(len(found) == len(spans))\n"
    "    p.split(subj, maxsplit=3)\n"
    "    try:\n"
    "        p.subn(repl, subj)\n"
    "    except (re.error, IndexError, TypeError, ValueError):\n"
    "        pass\n"
    "    p.sub(lambda m: '', subj[:0]) if isinstance(subj, str) else 0\n"
    "    p.scanner(subj).search()\n"
    "def fuzz(data):\n"
    "    if not data:\n"
    "        return\n"
    "    flags = FLAGS[data[0] % len(FLAGS)]\n"
    "    parts = data[1:].split(b'\\0', 2)\n"
    "    pat = parts[0]\n"
    "    subj = parts[1] if len(parts) > 1 else pat\n"
    "    repl = parts[2] if len(parts) > 2 else b'\\\\0'\n"
    "    dec = lambda x: x.decode('utf-8', 'surrogateescape')\n"
    "    try:\n"
    "        p = re.compile(dec(pat), flags)\n"
    "        exercise(p, dec(subj), dec(repl))\n"
    "    except (re.error, OverflowError, RecursionError, ValueError, MemoryError):\n"
    "        pass\n"
    "    try:\n"
    "        p = re.compile(pat, flags & ~re.A if flags & re.A else flags)\n"
    "        exercise(p, subj, repl)\n"
    "    except (re.error, OverflowError, RecursionError, ValueError, MemoryError):\n"
    "        pass\n"
    "    re.purge()\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!th)
        driver_start(driver);
    driver_run(data, size);
    return 0;
}
