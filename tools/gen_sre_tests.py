#!/usr/bin/python3.11
"""gen_sre_tests.py -- differential cases for the _sre engine (src/modules/sre_*).

Run with /usr/bin/python3.11; writes tests/unit/sre_cases.txt, which
tests/unit/test_sre.c replays against the C engine.

Where the cases come from:
  * patterns: test/re_tests.py (the classic table, with its subjects),
    constant re.* calls in test/test_re.py (with their subject strings when
    those are constants too), constant re.compile/match/... calls across the
    stdlib, and a hand-written list below that reaches every opcode, AT code,
    category and flag combination (IGNORECASE with ASCII/unicode/LOCALE,
    lookbehind, backreferences, conditionals, possessive and atomic groups,
    nested repeats, big charsets);
  * subjects: each pattern's own subjects plus a deterministic sample from a
    pool of ASCII, Latin-1, BMP and astral strings (so all three PEP 393
    widths occur), bytes for bytes patterns;
  * operations: match, search, fullmatch at pos 0 and at a pseudo-random
    pos/endpos, and finditer (which exercises the empty-match rules).

Each pattern is compiled the way re._compiler.compile does it, so the code
words are exactly what _sre.compile would receive.  python3.11 answers every
case; the C test must agree on the status, lastindex and every group span.

File format (whitespace-separated integers, one record per line):
  P groups ncode code...              the current pattern
  S charsize n cp...                  the current subject
  T op pos endpos status [lastindex (s e)*(groups+1)]
                                      op 0 match, 1 search, 2 fullmatch
  F pos endpos nmatches [lastindex (s e)*(groups+1)]*nmatches   finditer
  X h1 h2                             checksums of _sre.unicode_tolower and
                                      unicode_iscased over all code points
  # comment (the pattern's source, for failure messages)
"""
import ast
import os
import random
import re
import sys
import warnings
from re import _compiler, _parser

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "unit", "sre_cases.txt")
LIB = "/usr/lib/python3.11"

# Every construct the engine implements, at least once (str patterns unless b'').
HANDWRITTEN = [
    "a", "abc", "a.c", "a.*c", "(?s)a.*c", "a+", "a*?", "a{2,3}", "a{2,3}?",
    "a{,2}b", "(ab)*", "(ab)*?c", "(a|b)*c", "(a|bc|def)+$", "(?:a|b)+?b",
    "^abc", "abc$", "(?m)^b", "(?m)c$", r"\Aab", r"ab\Z", r"\bfoo\b",
    r"\Bo\B", r"(?a)\bé", r"\bé\w+", r"(?a)\w+", r"\w+", r"\d+", r"(?a)\d+",
    r"\s+", r"(?a)\s+", r"\W+", r"\D+", r"\S+", r"[\d\s]+", r"[^\w]+",
    r"[a-f]+", r"[^a-f]+", r"[a-zA-Z0-9_]+", r"[\u0100-\u017f]+",
    r"[\u4e00-\u9fff]+", r"[\U00010000-\U0001ffff]+", r"[α-ω]+", r"[^\x00-\x7f]+",
    "(?i)abc", "(?i)[a-z]+", "(?i)é", "(?i)[é-ï]+", "(?i)σ+", "(?i)ß", "(?i)k",
    "(?i)[k-m]+", "(?i)ǅ", "(?i)ﬀ", "(?i)[^a]", "(?i)[^é]+", "(?ai)abc",
    "(?ai)[é]", "(?i)İ", "(?i)ı", "(?i)[ᲀ-ᲈ]+",
    r"(a)\1", r"(a+)\1", r"(?i)(a+)\1", r"(?i)(é+)\1", r"(?ai)(\w+) \1",
    r"(?P<x>a|b)(?P=x)", r"(a)?(?(1)b|c)", r"(a)?(?(1)b)", r"(?:(a)|b)(?(1)c|d)",
    r"(?=a)a", r"(?!a)\w", r"(?<=a)b", r"(?<!a)b", r"(?<=ab)c", r"(?<!ab)c",
    r"(?<=(a))b", r"(?<=\d{3})x", r"(?=(a+))a*b\1", r"(?!(a)b)a.",
    "a++", "a*+b", "a?+a", "(?:ab)++", "(?:ab|a)++b", "(a|ab)*+c",
    "(?>a+)b", "(?>ab|a)b", "(?>(a+))a", "x(?>a*)a", "(?>a|b)*c",
    "a{3}+", "(?:a{1,2}){2}+", r"(\w+?)++", "(?:a+)++x",
    "(a)|(b)", "(a)|b", "((a)|b)+", "((a)|(b))*", "(a*)*", "(a*)+", "(a|)+",
    "(a?)*?b", "(?:(a)|b)*", "(a(b)?)+", "(?:x(y)?)+z", "((a)b)?c", "(a)(b)?",
    "(?:a|(b))+", "(a)*", "(a){0}", "(a){2,}", "((ab)*c)*", "(?:(ab)*?c)*?$",
    "(?:(a)|(ab))(c|bcd)", "(.*?)x", r"(.*)\d", r"(\d+)-(\d+)?",
    ".", "(?s).", "", "^", "$", r"\b", r"\B", "x*", "(?m)$", "(?m)^", "a|",
    "|a", r"(?:)", r"\Z", r"(?m)^$", r"\n", r"(?s)\n.",
    "[]]", "[-a]", "[a-]", r"[\]]", r"[^]]", r"\x00+", "[\x00-\x08]+",
    r"[^\n]+", "(?x) a b  # comment", r"\u00e9", r"\U0001f600+", "😀",
    "[😀-😂]+", "(?i)😀", "a{0,0}", "a{1}", "(?:a{2}){2}", r"(?:\w\s?){3,}$",
    r"(?i)\bstraße\b", r"(?u)[^\W\d_]+", r"[\w--]+", "([ab]*?)(?=b)",
    "(?=x)*", "(?:a|b|c|d|e|f)+", "(?:abc|abd|aef)", "(?:cat|car|cart)s?",
    "fo+o", "(?:foo)+bar", "x+(?:yx+)*", "(?:(?:a+)+)+b",
    # marks saved and restored across backtracking (where CPython versions differ)
    "(?:(a)|b)*?c", "(a|b)*?(?=(c))c", "(?:(?!(a))b)*", r"((?!(a)b)\w)+",
    "(?:(a)|(b))++", "(?:(a)|b)*+c", "(?:x(a)?)*?y", "(?:(a)*?b)+", "(a*?)*?b",
    "(?:(a)|b)*?(?:(a)|c)", "(?:(a)b|(a)c)*?$", "((a)|(b))*?c", "(?:(?=(a))a)*",
    "(?:(?<=(a))b)+", "(?>(a)|b)*c", "(?>(a)|(b))+?$", "(?:(a)|b){2,3}?c",
    "(?:(a)(?(1)b|c))+", "(?:(a)?(?(1)x|y))*", r"(?:(\w)\1)+", "(?:a(b)?)*+",
    # leading unbounded runs (search skips the rest of a failed run)
    r"\w+ing\b", r"[a-z]+@\w+", r"\w*?x", r"\w++y", r"\w+(?<=c)\b", r"\w*\b",
    r"a*(?<=ba)b", r"\d+(?=\D)", r"[ab]+?(?:ab|b)$", r"\S+\s*$", r"x*", r"\w+(?!\w)",
    r"(?i)[a-z]+ing", r"\w+?(\w)\1", r".+x", r"(?s).*?b",
    # byte patterns: ASCII and LOCALE semantics
    b"a+b", b"(?i)abc", rb"\w+", rb"\d\s", rb"(?L)\w+", rb"(?Li)abc", rb"(?L)\b",
    rb"(?Li)[a-c]+", rb"(?L)(a)\1", rb"(?Li)(a)\1", rb"[\x80-\xff]+", rb"(?i)\xe9",
    rb"(?i)(ab)\1", rb"[^a]+", rb"\x00", rb"(?s).+", rb"(?L)\W",
    rb"(?i)[^a]+", rb"(?i)[^b]", rb"(?Li)[^a]+", rb"(?Li)a+", rb"(?L)\Bb", rb"(?L)a\B",
    # RANGE_UNI_IGNORE: case-insensitive ranges beyond the BMP (Deseret)
    "(?i)[\U00010400-\U0001044f]+", "(?i)[\U00010400-\U00010410]+", "(?i)\U00010400",
    "(?i)[^\U00010428-\U0001044f]+",
]

POOL = [
    "", "a", "b", "ab", "abc", "aaa", "aaab", "abab", "ababc", "xaaay", "aab",
    "foo bar", "foo  foo", "hello world", "Hello World", "ABC abc", "a\nb\nc",
    "\n", "line1\nline2\n", "x", "xyz", "12-34", "12-", "a1b2c3", "   ", "\t\r\n",
    "_under_score", "cat cars cart", "abcabcabd", "aaaaaaaaaa", "abcd" * 3,
    "café", "ÉCOLE", "naïve résumé", "Straße STRASSE", "ǅungla", "ﬀ ff",
    "İstanbul ıi", "ſK kelvin", "σς Σ", "αβγ ΑΒΓ", "Ωmega", "×÷", "\xa0\x85x",
    "日本語テキスト", "中文abc", "\u2028\u2029", "\u1c80\u1c81", "١٢٣ 456",
    "😀😁😂 x", "a😀b", "\U00010000\U0010ffff", "𝔘𝔫𝔦", "emoji😀and ascii",
    "(a)[b]{c}", "a.b*c", "x" * 40 + "y", "ab" * 20, "0123456789",
    "ab\n", "a\n\nb\n", "é\n", "😀\n", "\U00010400\U00010428 Deseret \U00010410",
]

BYTES_POOL = [
    b"", b"a", b"ab", b"aab", b"abc", b"ABC abc", b"a1 b2", b"caf\xe9 \xc9",
    b"\x00\x01", b"\x80\xff", b"hello world", b"a\nb", b"aaaa", b"abab",
    b"12 34", b"_x_", b"\xe9\xc9\xe9",
]

FLAG_NAMES = {
    "I": re.I, "IGNORECASE": re.I, "M": re.M, "MULTILINE": re.M, "S": re.S,
    "DOTALL": re.S, "X": re.X, "VERBOSE": re.X, "A": re.A, "ASCII": re.A,
    "U": re.U, "UNICODE": re.U, "L": re.L, "LOCALE": re.L,
}


def eval_flags(node):
    """A constant flags expression (re.I | re.M ...) or None."""
    if node is None:
        return 0
    if isinstance(node, ast.Attribute) and node.attr in FLAG_NAMES:
        return FLAG_NAMES[node.attr]
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        a, b = eval_flags(node.left), eval_flags(node.right)
        return None if a is None or b is None else a | b
    return None


def scan_calls(path):
    """(pattern, flags, [subjects]) from constant re.* calls in one file."""
    try:
        tree = ast.parse(open(path, encoding="utf-8").read())
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return []
    found = []
    funcs = {"compile", "match", "search", "fullmatch", "findall", "finditer",
             "split", "sub", "subn"}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in funcs and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re" and node.args):
            continue
        pat = node.args[0]
        if not (isinstance(pat, ast.Constant) and isinstance(pat.value, (str, bytes))):
            continue
        fl = None
        for kw in node.keywords:
            if kw.arg == "flags":
                fl = kw.value
        name = node.func.attr
        subj_index = {"compile": None, "sub": 2, "subn": 2}.get(name, 1)
        if fl is None and name == "compile" and len(node.args) > 1:
            fl = node.args[1]
        flags = eval_flags(fl)
        if flags is None:
            continue
        subjects = []
        if subj_index is not None and len(node.args) > subj_index:
            s = node.args[subj_index]
            if isinstance(s, ast.Constant) and isinstance(s.value, type(pat.value)):
                subjects.append(s.value)
        found.append((pat.value, flags, subjects))
    return found


def collect():
    """Ordered, de-duplicated {(pattern, flags): [subjects]}."""
    cases = {}

    def add(p, flags, subjects=()):
        key = (p, flags)
        lst = cases.setdefault(key, [])
        for s in subjects:
            if isinstance(s, type(p)) and s not in lst and len(s) < 200:
                lst.append(s)

    for p in HANDWRITTEN:
        add(p, 0)
    sys.path.insert(0, os.path.join(LIB, "test"))
    import re_tests
    for t in re_tests.tests:
        if len(t) >= 3 and isinstance(t[0], str) and isinstance(t[1], str):
            add(t[0], 0, [t[1]])
    for p, s in re_tests.benchmarks:
        add(p, 0, [s])
    for p, flags, subjects in scan_calls(os.path.join(LIB, "test", "test_re.py")):
        add(p, flags, subjects)
    for root, dirs, files in os.walk(LIB):
        dirs[:] = [d for d in dirs if d not in ("test", "site-packages", "dist-packages",
                                                "idlelib", "lib2to3")]
        for f in sorted(files):
            if f.endswith(".py"):
                for p, flags, subjects in scan_calls(os.path.join(root, f)):
                    add(p, flags, subjects)
    return cases


def likely_subjects(p, rnd):
    """Strings built from the pattern's own literal characters, which match
    far more often than the pool does."""
    meta = rb"[\\^$.|?*+()\[\]{}]" if isinstance(p, bytes) else r"[\\^$.|?*+()\[\]{}]"
    frag = re.sub(meta, type(p)(), p)[:30]
    if not frag:
        return []
    out = [frag, frag * 2, frag.swapcase(), frag[: len(frag) // 2] + frag]
    x, y = (b"x", b"y") if isinstance(p, bytes) else ("x", "\u0100")
    out.append(x + frag + y + frag)
    return [rnd.choice(out), rnd.choice(out)]


def compile_code(p, flags):
    """What re._compiler.compile hands to _sre.compile: (code, groups)."""
    tree = _parser.parse(p, flags)
    code = _compiler._code(tree, flags)
    return code, tree.state.groups - 1


def charsize(s):
    if isinstance(s, bytes):
        return 1
    m = max(map(ord, s), default=0)
    return 1 if m < 256 else 2 if m < 65536 else 4


def units(s):
    return list(s) if isinstance(s, bytes) else [ord(c) for c in s]


def result(m, groups):
    if m is None:
        return [0]
    out = [1, -1 if m.lastindex is None else m.lastindex]
    for g in range(groups + 1):
        out += list(m.span(g))
    return out


def main(random_cases=None):
    warnings.simplefilter("ignore")
    rnd = random.Random(20220615)
    cases = collect() if random_cases is None else {(p, 0): subj for p, subj in random_cases.items()}
    lines, ntests = [], 0
    for (p, flags), own in cases.items():
        try:
            rx = re.compile(p, flags)
            code, groups = compile_code(p, flags)
        except (re.error, ValueError, TypeError, OverflowError, RecursionError):
            continue
        pool = BYTES_POOL if isinstance(p, bytes) else POOL
        if random_cases is not None:
            subjects = own    # short ones only: random nests can be exponential
        else:
            subjects = own[:4] + rnd.sample(pool, min(6, len(pool)))
            subjects += likely_subjects(p, rnd)
            if isinstance(p, str):
                subjects.append(rnd.choice(POOL[-20:]))
        lines.append("# " + ascii(p)[:150] + " flags=%d" % flags)
        lines.append("P %d %d %s" % (groups, len(code), " ".join(str(int(c)) for c in code)))
        for s in subjects:
            u = units(s)
            lines.append(("S %d %d %s" % (charsize(s), len(u), " ".join(map(str, u)))).rstrip())
            n = len(u)
            windows = [(0, n), (rnd.randint(0, n + 1), rnd.randint(-1, n + 2))]
            if n and rnd.random() < 0.3:      # pos > endpos: CPython's edge
                windows.append((rnd.randint(1, n), rnd.randint(0, n - 1)))
            for pos, endpos in windows:
                for op, fn in ((0, rx.match), (1, rx.search), (2, rx.fullmatch)):
                    r = result(fn(s, pos, endpos), groups)
                    lines.append("T %d %d %d %s" % (op, pos, endpos, " ".join(map(str, r))))
                    ntests += 1
                ms = list(rx.finditer(s, pos, endpos))[:50]
                flat = []
                for m in ms:
                    flat += result(m, groups)[1:]
                lines.append("F %d %d %d %s" % (pos, endpos, len(ms), " ".join(map(str, flat))))
                ntests += 1
    # _sre's case helpers over every code point, as two checksums
    import _sre
    h_lower = h_cased = 0
    for c in range(0x110000):
        h_lower = (h_lower * 31 + _sre.unicode_tolower(c)) % (1 << 61)
        h_cased = (h_cased * 3 + _sre.unicode_iscased(c)) % (1 << 61)
    lines.append("X %d %d" % (h_lower, h_cased))
    with open(OUT, "w") as f:
        f.write("# generated by tools/gen_sre_tests.py from python3.11 -- do not edit\n")
        f.write("\n".join(lines) + "\n")
    print("%d patterns, %d cases -> %s" % (sum(1 for l in lines if l[0] == "P"), ntests, OUT))


BENCH = [
    # (name, pattern, subject builder): subjects are ~100 KB of words, the
    # interesting part (if any) at the end, so engine time dominates.
    ("literal", "needle", "tail needle"),
    ("literal (?i)", "(?i)needle", "tail NEEDLE"),
    ("charset prefix", "[0-9]+-[0-9]+", "tail 123-456"),
    ("word+suffix", r"\w+ing\b", "tail walking"),
    ("two names", r"[A-Z][a-z]+ [A-Z][a-z]+", "tail Ada Lovelace"),
    ("greedy .*", r".*needle", "tail needle"),
    ("alternation", r"(?:foo|bar|baz)qux", "tail bazqux"),
    ("email", r"[\w.+-]+@[\w-]+\.[\w.]+", "tail ada@example.org"),
    ("groups", r"(\d+)-(\d+)-(\d+)", "tail 2024-11-23"),
    ("lazy groups", r"<(\w+)>(.*?)</\1>", "tail <b>bold</b>"),
    ("no match", r"\d{4}x", ""),
]


def bench(path):
    """Writes the C side's inputs to `path` and prints python3.11's times."""
    import timeit
    rnd = random.Random(5)
    words = ["alpha", "beta", "gamma", "delta", "the", "and", "walk", "run",
             "python", "krait", "engine", "pattern", "match", "search", "of"]
    text = " ".join(rnd.choice(words) for _ in range(16000))
    with open(path, "w") as f:
        for name, p, tail in BENCH:
            subject = text + " " + tail
            rx = re.compile(p)
            code, groups = compile_code(p, 0)
            n, t = 1, 0.0
            while t < 0.2:
                n *= 2
                t = min(timeit.repeat(lambda: rx.search(subject), number=n, repeat=3))
            reps = max(1, n)
            f.write("%s\t%d\t%s\t%s\n" % (name, reps, " ".join(str(int(c)) for c in code), subject))
            print("%-28s %9.3f us/search  python3.11" % (name, t / n * 1e6))


def random_pattern(rnd, depth=0):
    """A random regex over a tiny alphabet, every construct reachable."""
    atoms = ["a", "b", "c", ".", r"\w", r"\W", r"\d", r"\s", "[ab]", "[^a]", "[a-c]",
             "(?i:A)", "(?i:[B-C])", "é", "😀", r"\b", r"\B", "^", "$", r"\A", r"\Z"]
    n = rnd.randint(1, 4)
    out = []
    for _ in range(n):
        k = rnd.random()
        if depth < 3 and k < 0.25:
            inner = random_pattern(rnd, depth + 1)
            kind = rnd.choice(["(%s)", "(?:%s)", "(?>%s)", "(?=%s)", "(?!%s)",
                               "(%s|%s)", "(?:%s|%s)"])
            out.append(kind % ((inner,) * kind.count("%s")) if kind.count("%s") == 1
                       else kind % (inner, random_pattern(rnd, depth + 1)))
        elif k < 0.32:
            out.append(rnd.choice(["(?<=a)", "(?<!b)", "(?<=ab)", "(?<=\\w)"]))
        elif k < 0.38 and "(" in "".join(out):
            out.append(rnd.choice([r"\1", r"(?(1)a|b)", r"(?(1)c)"]))
        else:
            out.append(rnd.choice(atoms))
        if rnd.random() < 0.4 and not out[-1].startswith(("(?=", "(?!", "(?<", "^", "$", "\\b", "\\B", "\\A", "\\Z")):
            out[-1] += rnd.choice(["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}",
                                   "{,2}?", "*+", "++", "?+", "{2,}"])
    return "".join(out)


def random_cases(n, path):
    """n random patterns x random subjects, for a one-off deeper run:
    test_sre --cases path."""
    global OUT
    warnings.simplefilter("ignore")
    rnd = random.Random(n)
    cases = {}
    alphabet = "aabbc é😀AB\n_1"
    while len(cases) < n:
        p = random_pattern(rnd)
        try:
            re.compile(p)
        except (re.error, RecursionError, OverflowError):
            continue
        cases[p] = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
                    for _ in range(4)]
    OUT = path
    main(cases)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--random"]:
        random_cases(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1:2] == ["--bench"]:
        bench(sys.argv[2] if len(sys.argv) > 2 else "/tmp/sre_bench.txt")
    else:
        main()
