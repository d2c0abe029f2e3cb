# Matches whose backtracking state outgrows the engine's inline storage
# (frames and saved marks spill to the heap) give the same spans as short
# ones: many groups, long chains of repeats, deep alternation.
import re

# a log-line pattern with ten named groups: every repeat leaves a frame
LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s - \s
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]+) \s [+-]\d{4}\] \s
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/1\.[01]" \s
    (?P<status>\d{3}) \s (?P<size>\d+|-) \s "(?P<agent>[^"]*)"
""", re.VERBOSE)
line = '10.7.13.1 - - [01/Nov/2026:00:00:00 +0000] "GET /index.html HTTP/1.1" 200 - "curl/7.88.1"'
m = LINE.match(line)
print(m.groupdict())
print(m.span("path"), m.lastindex, m.lastgroup)
print(LINE.match(line.replace("GET", "get")))

# 40 groups in sequence, each a repeat: the saved marks grow with every one
pat = re.compile("".join(r"(\w+?)," for _ in range(40)) + "$")
subj = ",".join("w%d" % i for i in range(40)) + ","
m = pat.match(subj)
print(m.group(1), m.group(20), m.group(40), m.lastindex, len(m.groups()))
print(pat.match(subj[:-1]))

# backtracking across many greedy repeats before the tail fails or matches
pat = re.compile(r"(a+)(a+)(a+)(a+)(a+)(a+)(a+)(a+)b")
print(pat.match("a" * 30 + "b").groups())
print(pat.match("a" * 12 + "c"))

# nested groups inside a repeat, with lookahead and a backreference
pat = re.compile(r"(?:(\d+)-(?=\d)(\d)?)+(\1)?")
m = pat.match("12-3-45-6-7")
print(m.group(0), m.groups(), m.span(1), m.span(2))

# a long alternation chain inside a counted repeat
pat = re.compile(r"(?:(a)|(b)|(c)|(d)|(e)){50}")
m = pat.match("abcde" * 10)
print(m.span(), m.lastindex, m.groups())

# sub and findall over such a pattern, many times (the spilled stack is
# freed and taken again each time)
words = " ".join("k%d=v%d" % (i, i) for i in range(300))
pairs = re.findall(r"(\w)(\d+)=(\w)(\d+)", words)
print(len(pairs), pairs[0], pairs[-1])
print(re.sub(r"(\w)(\d+)=(\w)(\d+)", r"\3\4:\1\2", words)[:40])
