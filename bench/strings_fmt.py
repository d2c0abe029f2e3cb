"""strings_fmt: string building, formatting and str methods on a generated report.

usage: krait bench/strings_fmt.py [n]      n = number of records

Builds a text report three ways (list + join, f-strings, %-formatting and
str.format with alignment, float precision and thousands separators), then
parses it back with split/strip/partition/startswith/replace/find, changes
case, pads and centres.  Self-check: the parsed values equal the records,
and the three renderings agree after normalising.
"""
import sys

DEFAULT = 200000
TINY = 100
SMALL = 3500  # callgrind size: about 1/20 of the default work

NAMES = ["alpha", "Bravo", "charlie", "DELTA", "echo", "Foxtrot", "golf", "hotel"]


def records(n):
    out = []
    for i in range(n):
        name = NAMES[i % 8] + str(i % 97)
        qty = (i * 7919) % 10007
        price = ((i * 31) % 100000) / 100.0
        out.append((i, name, qty, price))
    return out


def render_join(recs):
    parts = []
    for i, name, qty, price in recs:
        parts.append(str(i))
        parts.append("|")
        parts.append(name.lower().ljust(12))
        parts.append("|")
        parts.append(str(qty).rjust(6))
        parts.append("|")
        parts.append("%.2f" % price)
        parts.append("\n")
    return "".join(parts)


def render_fstring(recs):
    return "".join(f"{i}|{name.lower():<12}|{qty:>6}|{price:.2f}\n" for i, name, qty, price in recs)


def render_format(recs):
    line = "{0}|{1:<12}|{2:>6}|{3:.2f}\n"
    return "".join([line.format(i, name.lower(), qty, price) for i, name, qty, price in recs])


def parse(text):
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        i, name, qty, price = line.split("|")
        whole, _, cents = price.partition(".")
        out.append((int(i), name.strip(), int(qty.strip()), int(whole) * 100 + int(cents)))
    return out


def decorate(text):
    acc = 0
    for line in text.split("\n")[:2000]:
        t = line.replace("|", " : ").upper().center(50, "*")
        if t.startswith("*") and t.find("ECHO") >= 0:
            acc += 1
        acc += len(t.title()) + t.count("0") + len(t.swapcase().strip("*"))
    return acc


def bench(n):
    recs = records(n)
    a = render_join(recs)
    b = render_fstring(recs)
    c = render_format(recs)
    total = sum(q for _, _, q, _ in recs)
    summary = "total {:,} items, mean price {:>10.3f}, ratio {:.1%}".format(
        total, sum(p for *_, p in recs) / max(1, n), 0.5)
    return recs, a, b, c, parse(a), decorate(b), summary


def check(n, result):
    recs, a, b, c, parsed, deco, summary = result
    if not (a == b == c):
        return "renderings differ"
    if len(parsed) != n:
        return "parsed %d lines" % len(parsed)
    for (i, name, qty, price), (pi, pname, pqty, pcents) in zip(recs, parsed):
        if (i, name.lower(), qty) != (pi, pname, pqty) or round(price * 100) != pcents:
            return "record %d parsed as %r" % (i, (pi, pname, pqty, pcents))
    if "," not in summary and n > 200:
        return "thousands separator missing: %s" % summary
    if not summary.endswith("50.0%"):
        return "percent format: %s" % summary
    if deco <= 0:
        return "decorate"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("strings_fmt: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("strings_fmt", n, len(result[1]), result[5])
