"""Write the seed corpora of the library fuzz targets (tests/fuzz/seeds/<target>/).

usage: python3 tools/gen_fuzz_seeds.py

Seeds are inputs, not expectations: a few dozen well-formed and edge-case
inputs per target, so libFuzzer starts from the shapes that reach deep
into the code (a valid format spec, a pattern with groups, a nested JSON
document) instead of discovering them byte by byte.  Each input's layout
is the one its driver reads (tests/fuzz/fuzz_<target>.c): usually an
operation byte, then text, with NUL between arguments.
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def numfmt():
    texts = ["0", "-17", "  42  ", "1_000_000", "0x_ff", "0b1011", "0o777", "12345678901234567890123",
             "1.5", "-0.0", "1e308", "1e-324", "2.5e-308", "inf", "-nan", "0x1.8p3", "1.7976931348623157e308",
             "4.9e-324", "3.141592653589793", "1+2j", "-1.5e3-2j", "(3j)", "١٢٣", "1__0", "0.1e", ".5",
             "9" * 400]
    specs = ["", "d", ">10", "<+08.3f", "^#20x", ",.2%", "_b", ".0e", "g", ".17g", "=+#012,.4F", "n", "c",
             "#o", "x<30", ".1000f", "%", "05.1Z"]
    out = []
    for op in range(8):
        for t in texts if op != 4 else specs:
            out.append(bytes([op + 8 * (len(t) % 5)]) + t.encode())
    out += [bytes([5]) + b"%s %d %5.2f %-8r %(a)s %#x %c %%", bytes([7 | 16 | 32]) + bytes(range(40))]
    return out


def strmeth():
    subjects = ["hello world", "a,b,,c", "\tx\ty\n\nz\r\n", "ÄÖÜ ß ﬁ İ", "😀 emoji\u200d", "{0} {a!r:>8} {1[0]}",
                "  padded  ", "ΣΑΣ", "\ud800 lone", "x" * 300, ""]
    out = []
    for op in range(256):
        s = subjects[op % len(subjects)]
        a = [",", "l", "", "{", ":>10", "ab"][op % 6]
        b = ["--", "", "xyz"][op % 3]
        out.append(bytes([op]) + s.encode("utf-8", "surrogatepass") + b"\0" + a.encode() + b"\0" + b.encode())
    return out


def sre():
    cases = [
        (r"(\w+)@(\w+)\.com", "mail bob@example.com now", r"\2:\1"),
        (r"^(?P<k>[a-z]+)=(?P<v>\d+)$", "key=123\nx=9", r"\g<v>"),
        (r"(a|b)*c", "ababababc", ""),
        (r"(?i)straße", "STRASSE Straße", "x"),
        (r"(?=foo)fo(?!x)o(?<=oo)", "foofoox", ""),
        (r"(a)(?(1)b|c)", "ab ac", ""),
        (r"\bword\B", "wordy word", ""),
        (r"[^\W\d_]+", "abc123_déf", "-"),
        (r"(?s).{2,5}?x", "aaa\nx", ""),
        (r"(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab", ""),
        (r"(?x) a \ b # comment", "a b", ""),
        (r"\d{3}-\d{4}", "555-1234", r"\g<0>!"),
        (r"(?:ab){2,}", "abababab", ""),
        (r"[\u0100-\uffff]", "aĀb", ""),
        (r"(?a)\w+", "héllo", ""),
        (r"(?P<x>.)(?P=x)", "aabbc", ""),
        (r"a*?", "aaa", "-"),
        (r"[[:alpha:]]", "x", ""),
    ]
    out = []
    for i, (p, s, r) in enumerate(cases):
        out.append(bytes([i]) + p.encode() + b"\0" + s.encode() + b"\0" + r.encode())
    return out


def json_():
    docs = ['{"a": [1, 2.5, -3e10, true, false, null], "b": {"c": "\\u00e9\\n\\ud83d\\ude00"}}', "[]", "{}", '""',
            "0", "-0.0", "1e400", "NaN", "-Infinity", "12345678901234567890", '"\\ud800"', "[[[[[[[[[[]]]]]]]]]]",
            '{"k": 1, "k": 2}', "[1,]", '{"a" 1}', '"unterminated', " \t\n[1]\n", '"\\x41"', "tru", "[1e5, 1E-5, 0.1]"]
    out = []
    for i, d in enumerate(docs):
        out.append(bytes([i]) + d.encode("utf-8", "surrogatepass"))
    return out


def main():
    for name, gen in (("numfmt", numfmt), ("strmeth", strmeth), ("sre", sre), ("json", json_)):
        d = os.path.join(ROOT, "tests", "fuzz", "seeds", name)
        os.makedirs(d, exist_ok=True)
        for i, data in enumerate(gen()):
            with open(os.path.join(d, "seed-%03d" % i), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main()
