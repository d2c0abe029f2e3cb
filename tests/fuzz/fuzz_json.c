/*
 * fuzz_json.c -- libFuzzer target: json.loads of arbitrary text and
 * bytes (json's scanner: _json's C one when present, else the pure one),
 * and dumps of whatever it accepted.  The driver checks that what dumps
 * writes loads back to the same thing (compared through dumps, since NaN
 * is not equal to itself).
 */
#include "pydriver.h"

static const char driver[] =
    "import json, sys\n"
    "sys.set_int_max_str_digits(5000)\n"
    "def fuzz(data):\n"
    "    if not data:\n"
    "        return\n"
    "    op = data[0]\n"
    "    rest = data[1:]\n"
    "    try:\n"
    "        v = json.loads(rest if op & 1 else rest.decode('utf-8', 'surrogatepass'))\n"
    "    except (ValueError, UnicodeError, RecursionError, TypeError, MemoryError):\n"
    "        return\n"
    "    for kw in ({}, {'sort_keys': True, 'indent': op % 5}, {'ensure_ascii': False},\n"
    "               {'separators': (',', ':')}):\n"
    "        try:\n"
    "            text = json.dumps(v, **kw)\n"
    "        except (RecursionError, TypeError, ValueError):\n"
    "            continue\n"
    "        again = json.loads(text)\n"
    "        check(json.dumps(again, **kw) == text, text)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!th)
        driver_start(driver);
    driver_run(data, size);
    return 0;
}
