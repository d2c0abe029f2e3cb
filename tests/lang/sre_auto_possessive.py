# Greedy single-character repeats whose tail must start with a character
# the repeat never matches are run without backtracking frames (krait's
# compile-time rewrite to a possessive repeat).  Every case here compares
# spans, groups and lastindex with CPython, where the rewrite applies and
# where it must not (the sets overlap somewhere, even only above U+00FF).
import re

def show(pat, subj, flags=0):
    p = re.compile(pat, flags)
    for name, fn in (("match", p.match), ("search", p.search), ("fullmatch", p.fullmatch)):
        m = fn(subj)
        print(name, ascii(pat), ascii(subj), m and (m.span(), m.groups(), m.lastindex))
    print("  findall", ascii(p.findall(subj)), "sub", ascii(p.sub("<>", subj)))

# disjoint: the rewrite applies
show(r"\d+\.", "12.34.")
show(r"(\d{1,3})(?:\.(\d{1,3})){3}", "10.20.30.40 x 1.2.3")
show(r'"([^"]*)"', 'say "hi" and "" ok')
show(r"([A-Z]+)\s(\S+)", "GET /index.html HTTP/1.1")
show(r"(\w+)\s+(\w+)", "hello   world")
show(r"(\S+)\s", "a b  c")
show(r"(\d+)-(\d+)", "2026-11 7-8-9")
show(r"[a-z]{2}(\d)", "ab1 abc2 x3")
show(r"(a*)(b)", "aaab b aab")
show(r"x*y", "xxz xxy")
show(r"(\d+)(\s)(\w)", "12 a 3\u3000b \u0663\u0664 c")

# overlapping: must still backtrack
show(r"(\w+)(\d)", "abc123")
show(r"(\d+)(\w)", "12345")
show(r"(.+)(\.)", "a.b.c")
show(r"(\S+)(x)", "abxcx")
show(r"([a-f]+)([d-z])", "abcdef")
show(r"(\s+)(\u3000)", "  \u3000")
show(r"(\d+)(\u0663)", "12\u0663\u0663")
show(r"(\w+)(\u00e9)", "caf\u00e9\u00e9")
show(r"([^x]+)(y)", "abyy")

# case folding and ASCII mode are left alone but must agree
show(r"(\d+)(A)", "12a3A", re.I)
show(r"(\w+)(\s)", "abc def", re.A)
show(r"(\w+)(é)", "caféé", re.A)

# marks inside repeats and alternations around the repeat
show(r"(?:(\d+)\.)+(\d+)", "1.22.333.4444")
show(r"(?:(a+)b|(a+)c)+", "aabaacab")
show(r"(?P<n>\d+)(?:,(?P<m>\d+))*;", "1,2,3; 4;")
show(r"((\d+)-)*(\d+)", "1-22-333")
show(r"(\d+)(?=\.)", "12.5")
show(r"(?<=\$)(\d+)\.", "cost $12.50")

# bounded repeats where the count stops at the maximum
show(r"(\d{1,3})\.", "1234.5")
show(r"(\d{2})(\d{2})-", "1234-")
show(r"(a{0,2})b", "aaab")

# tails that can be empty or start with an anchor: not rewritten
show(r"(\d+)(x?)", "12x")
show(r"(\d+)\b", "12 x")
show(r"(\d+)$", "12\n")
show(r"(\d+)(?:\.|$)", "1.2")
