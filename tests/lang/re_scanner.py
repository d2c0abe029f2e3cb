# Pattern.scanner: match/search steps, exhaustion; the re.Scanner class
import re

sc = re.compile(r'\d+').scanner('a12b345c')
print(type(sc).__name__, sc.pattern.pattern)
print(sc.search().group(), sc.search().group(), sc.search(), sc.search())
sc = re.compile(r'\w').scanner('ab cd')
print([m.group() if m else None for m in (sc.match(), sc.match(), sc.match(), sc.match())])
sc = re.compile('').scanner('ab')
print([sc.search().span() for _ in range(3)], sc.search())
sc = re.compile(r'\w').scanner('abcd', 1, 3)
print(sc.search().span(), sc.search().span(), sc.search())
try:
    re.compile('a').scanner(1)
except Exception as e:
    print(type(e).__name__, e)
scanner = re.Scanner([
    (r'[0-9]+', lambda s, tok: ('INT', int(tok))),
    (r'[a-z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'[-+*/=]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 + foo_1 * 42'))
print(scanner.scan('1 + $'))
