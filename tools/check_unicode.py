#!/usr/bin/python3.11
"""check_unicode.py -- compare src/core/unicode.c with python3.11, exhaustively.

    /usr/bin/python3.11 tools/check_unicode.py [--asan] [--random N] [--seed S]

Builds tests/unit/unicode_check.c with src/core/unicode.c (regenerating
build/gen/unicode_db.h if tools/gen_unicode.py is newer) and compares what it
prints with what python3.11 computes:

  props      every code point 0..0x10FFFF: category, bidirectional,
             combining, east_asian_width, mirrored, decimal, digit, numeric,
             decomposition, name, the four full case mappings, and every
             predicate -- the raw flags (lower/upper/title, cased,
             case-ignorable, linebreak) through the str behaviour they drive.
  lookup     every character name, alias and named sequence, as written and
             lower-cased, plus mutated and computed (Hangul, CJK) names; a
             sample is also checked through eval('"\\N{...}"').
  normalize  every code point alone and N random strings (default 300000)
             of decomposable characters, marks and jamo, in all four forms,
             with is_normalized; both the code point and the UTF-8 entry
             points.

Exit status 0 when nothing differs.  Mismatches are counted per field and
the first few printed.
"""
import argparse
import os
import random
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_unicode  # noqa: E402  (the embedded alias and sequence lists)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 0x110000
FORMS = ("NFC", "NFD", "NFKC", "NFKD")
PREDICATES = ("alpha", "decimal", "digit", "numeric", "alnum", "space",
              "lower", "upper", "title", "printable", "linebreak", "cased",
              "case_ignorable", "xid_start", "xid_continue", "mirrored")


class Tally:
    def __init__(self, what):
        self.what, self.checked, self.bad, self.shown = what, 0, {}, 0

    def check(self, field, ok, detail):
        if ok:
            return
        self.bad[field] = self.bad.get(field, 0) + 1
        if self.shown < 20:
            self.shown += 1
            print(f"  {self.what} {field}: {detail}")

    def report(self):
        total = sum(self.bad.values())
        print(f"{self.what}: {self.checked} checked, {total} mismatches"
              + (f" {self.bad}" if total else ""))
        return total


def build(asan):
    gen = os.path.join(ROOT, "build/gen/unicode_db.h")
    tool = os.path.join(ROOT, "tools/gen_unicode.py")
    if not os.path.exists(gen) or os.path.getmtime(gen) < os.path.getmtime(tool):
        os.makedirs(os.path.dirname(gen), exist_ok=True)
        subprocess.run([sys.executable, tool, gen], check=True)
    exe = os.path.join(ROOT, "build/unicode_check" + ("_asan" if asan else ""))
    flags = ["-O1", "-g", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=undefined"] if asan else ["-O2"]
    cmd = [os.environ.get("CC", "cc"), "-std=c11", "-D_GNU_SOURCE", "-Wall",
           "-Wextra", "-Werror", "-Wno-unused-parameter", "-Isrc", "-Ibuild/gen",
           *flags, "tests/unit/unicode_check.c", "src/core/unicode.c",
           "src/core/buf.c", "src/core/fatal.c", "-o", exe]
    subprocess.run(cmd, check=True, cwd=ROOT)
    return exe


def run(exe, mode, lines=None):
    data = None if lines is None else "\n".join(lines).encode("utf-8") + b"\n"
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1")
    out = subprocess.run([exe, mode], input=data, stdout=subprocess.PIPE,
                         check=True, env=env).stdout
    return out.decode("utf-8").split("\n")[:-1]


def hexes(s):
    return " ".join("%X" % ord(c) for c in s)


def expected_flags(c, f):
    """Check the raw predicate bits f (a dict) against str behaviour."""
    L, U, T, cased, ign = f["lower"], f["upper"], f["title"], f["cased"], f["case_ignorable"]
    return [
        ("alpha", f["alpha"] == c.isalpha()),
        ("decimal", f["decimal"] == c.isdecimal()),
        ("digit", f["digit"] == c.isdigit()),
        ("numeric", f["numeric"] == c.isnumeric()),
        ("alnum", f["alnum"] == c.isalnum()),
        ("space", f["space"] == c.isspace()),
        ("printable", f["printable"] == c.isprintable()),
        ("xid_start", f["xid_start"] == c.isidentifier()),
        ("xid_continue", f["xid_continue"] == ("a" + c).isidentifier()),
        ("mirrored", f["mirrored"] == bool(unicodedata.mirrored(c))),
        ("title", T == (unicodedata.category(c) == "Lt")),
        ("lower", c.islower() == (L and not U and not T)
         and (c + "A").isupper() == (not (L or T))),
        ("upper", c.isupper() == (U and not L and not T)
         and (c + "a").islower() == (not (U or T)) and c.istitle() == (U or T)),
        ("linebreak", len(("a" + c + "b").splitlines()) == (2 if f["linebreak"] else 1)),
        ("cased", (c + "a").title()[-1] == ("a" if cased else "A")),
        ("case_ignorable",
         (("A" + c + "Σ").lower()[-1] == "ς") == (ign or cased)
         and (("AΣ" + c).lower()[1] == "ς") == (ign or not cased)
         and ((c + "Σ").lower()[-1] == "ς") == (cased and not ign)),
    ]


def check_props(exe):
    t = Tally("props")
    lines = run(exe, "props")
    assert len(lines) == N + 2, len(lines)
    for cp, line in enumerate(lines[:N]):
        c = chr(cp)
        (hcp, cat, bidi, comb, eaw, dec, dig, num, decomp, flags,
         lo, up, ti, fo, name) = line.split("|")
        t.checked += 1
        numeric = unicodedata.numeric(c, None)
        got = {
            "cp": (int(hcp, 16), cp),
            "category": (cat, unicodedata.category(c)),
            "bidirectional": (bidi, unicodedata.bidirectional(c)),
            "combining": (int(comb), unicodedata.combining(c)),
            "east_asian_width": (eaw, unicodedata.east_asian_width(c)),
            "decimal": (dec, str(unicodedata.decimal(c, ""))),
            "digit": (dig, str(unicodedata.digit(c, ""))),
            "numeric": (num, "" if numeric is None else format(numeric, ".17g")),
            "decomposition": (decomp, unicodedata.decomposition(c)),
            "lower": (lo, hexes(c.lower())),
            "upper": (up, hexes(c.upper())),
            "title": (ti, hexes(c.title())),
            "casefold": (fo, hexes(c.casefold())),
            "name": (name, unicodedata.name(c, "")),
        }
        for field, (a, b) in got.items():
            t.check(field, a == b, f"U+{cp:04X} got {a!r} want {b!r}")
        f = {k: v == "1" for k, v in zip(PREDICATES, flags)}
        for field, ok in expected_flags(c, f):
            t.check(field, ok, f"U+{cp:04X} flags {flags}")
    for line in lines[N:]:
        t.checked += 1
        # Unassigned U+10FFFF has no name and maps to itself, like these.
        rest = line.split("|")[1:10] + [line.split("|")[-1]]
        want = lines[0x10FFFF].split("|")[1:10] + [""]
        t.check("beyond 0x10FFFF", rest == want, line)
    return t.report()


def lookup_inputs(rng):
    names = [unicodedata.name(chr(cp), None) for cp in range(N)]
    names = [n for n in names if n]
    aliases = [a for line in gen_unicode.ALIASES.strip().splitlines()
               for a in line.split(" ", 1)[1].split("; ")]
    seqs = [line.split(": ", 1)[1] for line in gen_unicode.NAMED_SEQUENCES.strip().splitlines()]
    base = names + aliases + seqs
    inputs = base + [n.lower() for n in base] + [n.title() for n in rng.sample(base, 5000)]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -abc"
    for n in rng.sample(base, 20000):
        i = rng.randrange(len(n))
        inputs += [n[:-1], n + "X", n[:i] + rng.choice(alphabet) + n[i + 1:],
                   " " + n, n + " ", n.replace(" ", "  ", 1), n[:i] + n[i + 1:]]
    jamo = ["", "G", "GG", "N", "D", "A", "AE", "YA", "O", "WA", "U", "EU",
            "I", "K", "T", "P", "H", "S", "SS", "NG", "J", "C", "B", "R", "M"]
    for _ in range(20000):
        body = "".join(rng.choice(jamo) for _ in range(rng.randrange(1, 5)))
        inputs.append(rng.choice(["HANGUL SYLLABLE ", "hangul syllable ", "Hangul Syllable "])
                      + rng.choice([body, body.lower()]))
    for _ in range(20000):
        digits = "".join(rng.choice("0123456789ABCDEFabcdef") for _ in range(rng.randrange(1, 7)))
        inputs.append(rng.choice(["CJK UNIFIED IDEOGRAPH-", "cjk unified ideograph-"]) + digits)
    for cp in list(range(0x3300, 0x3500)) + list(range(0x2A6D0, 0x2A710)) + list(range(0x31340, 0x31360)):
        inputs += ["CJK UNIFIED IDEOGRAPH-%X" % cp, "CJK UNIFIED IDEOGRAPH-%05X" % cp,
                   "CJK UNIFIED IDEOGRAPH-%x" % cp]
    inputs += ["", "A", "LATİN SMALL LETTER A", "LATIN SMALL LETTER A\0", "x" * 300,
               "LATIN SMALL LETTER A" + "A" * 200]
    return [s for s in inputs if "\n" not in s]


def expect_lookup(name):
    try:
        r = unicodedata.lookup(name)
    except KeyError:
        return "-1|-"
    if len(r) == 1:
        return f"{ord(r)}|-"
    return f"-1|{hexes(r)}"


def check_lookup(exe, rng):
    t = Tally("lookup")
    inputs = lookup_inputs(rng)
    got = run(exe, "lookup", inputs)
    assert len(got) == len(inputs)
    for name, line in zip(inputs, got):
        t.checked += 1
        want = expect_lookup(name)
        t.check("lookup", line == want, f"{name!r} got {line} want {want}")
    # "\N{...}" is what the tokenizer needs; make sure it agrees with
    # unicodedata.lookup minus named sequences, as expect_lookup assumes.
    for name, line in zip(inputs, got):
        if rng.random() > 0.01 or any(ch in name for ch in '}\\"\0'):
            continue
        try:
            r = eval('"\\N{%s}"' % name)
            want = str(ord(r))
        except SyntaxError:
            want = "-1"
        t.checked += 1
        t.check("\\N", line.split("|")[0] == want, f"{name!r} got {line} want {want}")
    return t.report()


def normalize_inputs(rng, count):
    inputs = [[cp] for cp in range(N)]
    interesting = [cp for cp in range(N)
                   if unicodedata.decomposition(chr(cp)) or unicodedata.combining(chr(cp))]
    interesting += list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176))
    interesting += list(range(0x11A7, 0x11C3)) + [0xAC00, 0xAC01, 0xAC1C, 0xD7A3]
    interesting += [ord(c) for c in "AEIOUaeiouSsZz "]
    for _ in range(count):
        n = rng.randrange(1, 10) if rng.random() < 0.95 else rng.randrange(10, 40)
        s = [rng.choice(interesting) for _ in range(n)]
        if rng.random() < 0.1:
            s.insert(rng.randrange(n + 1), rng.randrange(N))
        inputs.append(s)
    return inputs


def expect_normalize(cps):
    s = "".join(map(chr, cps))
    return "|".join(unicodedata.normalize(f, s).encode("utf-8", "surrogatepass").hex()
                    + "|" + str(int(unicodedata.is_normalized(f, s))) for f in FORMS)


def check_normalize(exe, rng, count):
    t = Tally("normalize")
    inputs = normalize_inputs(rng, count)
    got = run(exe, "normalize", [" ".join("%X" % c for c in s) for s in inputs])
    assert len(got) == len(inputs)
    for cps, line in zip(inputs, got):
        t.checked += 1
        want = expect_normalize(cps)
        t.check("normalize", line == want,
                f"{' '.join('%04X' % c for c in cps)} got {line} want {want}")
    return t.report()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--asan", action="store_true", help="build with ASan+UBSan")
    ap.add_argument("--random", type=int, default=300000, help="random normalization strings")
    ap.add_argument("--seed", type=int, default=3131)
    args = ap.parse_args()
    exe = build(args.asan)
    rng = random.Random(args.seed)
    bad = check_props(exe) + check_lookup(exe, rng) + check_normalize(exe, rng, args.random)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
