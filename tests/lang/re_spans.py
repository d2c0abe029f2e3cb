# start / end / span / regs / pos / endpos
import re

m = re.search(r'(b+)(c)?(d)', 'aabbbdx')
print(m.start(), m.end(), m.span())
print(m.start(1), m.end(1), m.span(1))
print(m.start(2), m.end(2), m.span(2))
print(m.regs)
print(m.pos, m.endpos)
m = re.compile('b').search('abcb', 2)
print(m.span(), m.pos, m.endpos)
m = re.compile('b').search('abcb', 1, 3)
print(m.span(), m.pos, m.endpos)
m = re.compile('.').match('abc', -5, 100)
print(m.span(), m.pos, m.endpos)
try:
    m.start(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    m.span(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    m.end(x=1)
except Exception as e:
    print(type(e).__name__, e)
