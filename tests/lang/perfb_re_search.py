# re.search/findall/finditer/sub with alternations (the branch start
# filter), prefixes, case-insensitivity and groups, over all str widths.
import re

subjects = ["Mozilla/5.0 (X11; Linux)", "curl/7.88.1", "Googlebot/2.1", "a CRAWLER here",
            "SpiderMan and bots", "", "xbotx", "日本 bot", "ROBOT😀", "spide", "ſpider",
            "K-bot \u212aelvin", "no match at all"]
pats = [r"bot|crawl|spider", r"(bot|crawl)er?", r"(?:x|y)bot", r"b(o)t|(s)pider|",
        r"\d+|[A-Z]{2,}", r"(?P<w>bot)|(?P<s>spider)", r"k|ſ", r"(a|b|c|d|e|f|g|h|i|j)x"]
for p in pats:
    for flags in (0, re.IGNORECASE):
        rx = re.compile(p, flags)
        for s in subjects:
            m = rx.search(s)
            print(repr(p), flags, repr(s), m and (m.span(), m.group(0), m.groups(), m.lastindex),
                  rx.findall(s), [m.span() for m in rx.finditer(s)], rx.sub("<\\g<0>>", s))
LINE = re.compile(r"(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/"
                  r"(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] \"(?P<method>[A-Z]+) (?P<path>\S+) "
                  r"HTTP/1\.[01]\" (?P<status>\d{3}) (?P<size>\d+|-) \"(?P<agent>[^\"]*)\"")
line = '10.7.13.1 - - [01/Nov/2026:00:00:00 +0000] "GET /index.html HTTP/1.1" 200 - "curl/7.88.1"'
m = LINE.match(line)
print(m.groupdict(), m.lastgroup, m.lastindex, m.span("path"))
print(re.sub(r"\d+\.\d+\.\d+\.\d+", lambda m: ".".join(m.group(0).split(".")[:2]) + ".x.x", line, count=1))
print(re.split(r"\.", "10.7.13.1"), re.findall(r"[?&]([a-z]+)=([^&]*)", "/search?q=item7&page=2"))
print(sum(1 for _ in re.finditer(r"\d+", "/api/v1/users/42")))
