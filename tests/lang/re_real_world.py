# everyday patterns: dates, emails, key=value configs, log lines, tokenizing
import re

text = 'Meeting on 2023-04-05 and 2024-12-31; invalid 2023-13-01x.'
for m in re.finditer(r'\b(\d{4})-(0[1-9]|1[0-2])-(\d{2})\b', text):
    print(m.group(), m.groups())
emails = 'contact: john.doe@example.com, jane_d@mail.co.uk; bad@, @bad.com'
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', emails))
conf = '''
# comment
name = krait
version=1.0
  path = /usr/lib  
'''
print(dict(re.findall(r'^\s*(\w+)\s*=\s*(.*?)\s*$', conf, re.M)))
log = '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /index.html HTTP/1.0" 200 2326'
m = re.match(r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3}) (?P<size>\d+)', log)
print(m.groupdict())
tokens = re.findall(r'\d+\.\d+|\d+|[A-Za-z_]\w*|[-+*/()=]', 'x1 = (3.14 + y) * 42')
print(tokens)
print(re.sub(r'\s+', ' ', '  lots   of\t\twhitespace \n here ').strip())
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower())
print(re.split(r'[;,]\s*', 'a; b,c ,d'))
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567'))
print(re.findall(r'"([^"\\]*(?:\\.[^"\\]*)*)"', r'say "hi \"there\"" and "bye"'))
html = '<p class="x">Hello <b>world</b></p>'
print(re.sub(r'<[^>]+>', '', html), re.findall(r'<(\w+)', html))
print(bool(re.fullmatch(r'(?:\d{1,3}\.){3}\d{1,3}', '192.168.1.1')), bool(re.fullmatch(r'[0-9a-f]{8}', 'deadbeef')))
