"""regex_logs: regular expressions over generated web-server log lines.

usage: krait bench/regex_logs.py [n]      n = number of log lines

Compiled patterns with named groups, match/search/findall/finditer, sub
with a function replacement, split, alternation and character classes,
re.IGNORECASE and verbose patterns -- the way log-processing scripts use re.
Self-check: the same fields extracted with str methods only.
"""
import re
import sys

DEFAULT = 110000
TINY = 100
SMALL = 1500  # callgrind size: about 1/20 of the default work

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/index.html", "/api/v1/users/%d", "/static/img/%d.png", "/search?q=item%d&page=2"]
AGENTS = ["Mozilla/5.0 (X11; Linux)", "curl/7.88.1", "Python-urllib/3.11", "Googlebot/2.1"]

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s - \s
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]+) \s [+-]\d{4}\] \s
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/1\.[01]" \s
    (?P<status>\d{3}) \s (?P<size>\d+|-) \s "(?P<agent>[^"]*)"
""", re.VERBOSE)
NUMBER = re.compile(r"\d+")
IP_OCTETS = re.compile(r"\.")
BOT = re.compile(r"bot|crawl|spider", re.IGNORECASE)
QUERY = re.compile(r"[?&]([a-z]+)=([^&]*)")


def make_lines(n):
    lines = []
    for i in range(n):
        ip = "%d.%d.%d.%d" % (10 + i % 200, (i * 7) % 256, (i * 13) % 256, 1 + i % 254)
        path = PATHS[i % 4] % (i % 1000) if "%d" in PATHS[i % 4] else PATHS[i % 4]
        size = "-" if i % 17 == 0 else str((i * 331) % 50000)
        lines.append('%s - - [%02d/Nov/2026:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %s "%s"' % (
            ip, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, METHODS[i % 4], path,
            (200, 404, 301, 500, 200)[i % 5], size, AGENTS[i % 4]))
    return lines


def anonymise(m):
    return ".".join(m.group(0).split(".")[:2]) + ".x.x"


def bench(n):
    lines = make_lines(n)
    status = {}
    bytes_total = 0
    bots = 0
    params = 0
    digits = 0
    rewritten = []
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        st = m.group("status")
        status[st] = status.get(st, 0) + 1
        size = m.group("size")
        if size != "-":
            bytes_total += int(size)
        if BOT.search(m.group("agent")):
            bots += 1
        params += len(QUERY.findall(m.group("path")))
        digits += sum(1 for _ in NUMBER.finditer(m.group("path")))
        rewritten.append(re.sub(r"\d+\.\d+\.\d+\.\d+", anonymise, line, count=1))
    octets = sum(len(IP_OCTETS.split(l.split(" ", 1)[0])) for l in lines[:1000])
    return lines, status, bytes_total, bots, params, digits, rewritten, octets


def check(n, result):
    lines, status, bytes_total, bots, params, digits, rewritten, octets = result
    st2, b2, bots2, params2, dig2 = {}, 0, 0, 0, 0
    for line in lines:
        request, tail = line.split('"')[1], line.split('"')[2]
        fields = tail.split()
        st2[fields[0]] = st2.get(fields[0], 0) + 1
        if fields[1] != "-":
            b2 += int(fields[1])
        agent = line.split('"')[3]
        if "bot" in agent.lower():
            bots2 += 1
        path = request.split()[1]
        if "?" in path:
            params2 += path.split("?")[1].count("=")
        run = False
        for ch in path:
            if ch.isdigit() and not run:
                dig2 += 1
            run = ch.isdigit()
    if status != st2:
        return "status counts %r vs %r" % (status, st2)
    if bytes_total != b2 or bots != bots2 or params != params2 or digits != dig2:
        return "fields: %r vs %r" % ((bytes_total, bots, params, digits), (b2, bots2, params2, dig2))
    for line, new in zip(lines, rewritten):
        ip = line.split(" ", 1)[0]
        if new != ".".join(ip.split(".")[:2]) + ".x.x" + line[len(ip):]:
            return "rewrite of %r" % line
    if octets != 4 * min(n, 1000):
        return "split"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("regex_logs: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("regex_logs", n, sorted(result[1].items()), result[2], result[3])
