#!/usr/bin/python3.11
"""check_cjk.py -- exhaustive check of krait's CJK codecs against python3.11.

    /usr/bin/python3.11 tools/check_cjk.py [--krait build/krait] [codec ...]

Runs itself under both interpreters (`--digest` mode) and compares, codec by
codec, digests of: every code point of planes 0-2 encoded alone (the bytes,
or the error span), every one- and two-byte sequence decoded alone with a
recording error handler (characters and error spans), and every three-byte
sequence after each byte that leaves a two-byte prefix incomplete.  Too slow
for `make test` (a minute or two); tests/lang/cjk_*.py sample the same.
"""
import codecs
import hashlib
import os
import subprocess
import sys

CODECS = ["gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs", "cp932",
          "shift_jis", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
          "euc_jisx0213", "euc_kr", "cp949", "johab", "iso2022_kr", "iso2022_jp",
          "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"]


def digest(name):
    spans = []

    def record(e):
        spans.append((e.start, e.end, e.reason))
        return "\ufffd", e.end

    codecs.register_error("check_cjk", record)
    info = codecs.lookup(name)
    h = hashlib.sha256()
    for cp in range(0x30000):
        try:
            h.update(info.encode(chr(cp))[0] + b"|")
        except UnicodeEncodeError as e:
            h.update(b"E%d,%d|" % (e.start, e.end))
    enc = h.hexdigest()[:16]
    h = hashlib.sha256()
    incomplete = []
    for b1 in range(256):
        for b2 in range(-1, 256):
            data = bytes([b1]) if b2 < 0 else bytes([b1, b2])
            spans.clear()
            out = info.decode(data, "check_cjk")[0]
            h.update(("%s%r|" % (out, spans)).encode("utf-8", "surrogatepass"))
            if b2 >= 0 and spans and spans[-1][2].startswith("incomplete") and spans[-1][0] == 0:
                incomplete.append(data)
    for prefix in incomplete[:4096]:
        for b3 in range(256):
            spans.clear()
            out = info.decode(prefix + bytes([b3]), "check_cjk")[0]
            h.update(("%s%r|" % (out, spans)).encode("utf-8", "surrogatepass"))
    return "%s encode %s decode %s (%d incomplete prefixes)" % (
        name, enc, h.hexdigest()[:16], len(incomplete))


def main():
    args = sys.argv[1:]
    if args[:1] == ["--digest"]:
        for name in args[1:]:
            print(digest(name), flush=True)
        return 0
    krait = "build/krait"
    if args[:1] == ["--krait"]:
        krait, args = args[1], args[2:]
    names = args or CODECS
    me = os.path.abspath(__file__)
    failed = 0
    for name in names:
        want = subprocess.run(["/usr/bin/python3.11", me, "--digest", name],
                              capture_output=True, text=True).stdout
        got = subprocess.run([krait, me, "--digest", name], capture_output=True, text=True)
        same = got.stdout == want
        failed += not same
        print("ok  " if same else "DIFF", want.strip() or name)
        if not same:
            print("     krait:", got.stdout.strip() or got.stderr.strip()[-300:])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
