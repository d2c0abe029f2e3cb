#!/usr/bin/python3.11
"""tools/gen_hostile_binary.py -- write the binary source files of tests/hostile/.

Some hostile-input tests are source files that are not valid text: invalid
UTF-8, NUL bytes, a BOM that contradicts a coding cookie, random bytes.  They
cannot be written (or reviewed) comfortably by hand, and an editor would
"fix" them on the next save, so this script is their single definition: run
it to (re)create them, then record their expected results with

    /usr/bin/python3.11 tools/regen_expected.py tests/hostile/

Each entry below is the file name and its exact bytes, with a comment saying
which CPython error the file is meant to provoke.  The output is
deterministic (the "random" file uses a fixed seed), so rerunning changes
nothing unless this table changes.
"""

import os
import random

HOSTILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "hostile")


def random_bytes(n, seed):
    # A fixed seed: the file must be identical on every run.
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


FILES = {
    # A byte that can never start a UTF-8 sequence, inside a string literal.
    "bin_invalid_utf8_string.py": b'x = "abc\xff"\n',
    # An invalid byte in a comment: still a SyntaxError (the whole file is decoded).
    "bin_invalid_utf8_comment.py": b"# caf\xe9\nx = 1\n",
    # An encoded surrogate (ED A0 80) is not valid UTF-8.
    "bin_utf8_surrogate.py": b'x = "\xed\xa0\x80"\n',
    # A multibyte sequence cut off at end of file.
    "bin_truncated_utf8.py": b'x = 1\n# \xe2\x82',
    # An overlong encoding of '/' (C0 AF).
    "bin_overlong_utf8.py": b'x = "\xc0\xaf"\n',
    # A NUL byte in the middle of a statement.
    "bin_nul_in_code.py": b"x = 1\x00 + 2\n",
    # A NUL byte inside a string literal.
    "bin_nul_in_string.py": b'x = "a\x00b"\n',
    # A NUL byte in a comment.
    "bin_nul_in_comment.py": b"# hi\x00there\nx = 1\n",
    # A coding cookie naming an encoding that does not exist.
    "bin_unknown_coding.py": b"# -*- coding: no-such-codec -*-\nx = 1\n",
    # A UTF-8 BOM followed by a cookie that says latin-1.
    "bin_bom_cookie_mismatch.py": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    # A valid latin-1 cookie: the file decodes and runs (then raises on purpose).
    "bin_latin1_cookie_ok.py": b"# coding: latin-1\nx = '\xe9'\nassert x == '\\u00e9'\nraise ValueError(len(x))\n",
    # A BOM and valid UTF-8: runs fine.
    "bin_bom_ok.py": b"\xef\xbb\xbfx = '\xc3\xa9'\nassert len(x) == 1\n",
    # 4 KiB of seeded random bytes.
    "bin_random_4k.py": random_bytes(4096, 7),
    # Random bytes after a valid first line.
    "bin_random_after_code.py": b"x = 1\n" + random_bytes(512, 11),
    # Only NUL bytes.
    "bin_all_nul.py": b"\x00" * 64,
    # Unterminated string containing raw control bytes.
    "bin_control_in_string.py": b'x = "\x01\x02\x1b[31m\n',
}


def main():
    for name, data in FILES.items():
        with open(os.path.join(HOSTILE, name), "wb") as f:
            f.write(data)
    print(f"{len(FILES)} binary files written to tests/hostile/")


if __name__ == "__main__":
    main()
