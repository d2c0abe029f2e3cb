# re.match / search / fullmatch: where they anchor and what they return
import re

def show(m):
    print(None if m is None else (m.span(), m.group()))

show(re.match(r'a+', 'aaab'))
show(re.match(r'a+', 'baaa'))
show(re.search(r'a+', 'baaa'))
show(re.fullmatch(r'a+', 'aaa'))
show(re.fullmatch(r'a+', 'aaab'))
show(re.fullmatch(r'a|ab', 'ab'))
show(re.match(r'', ''))
show(re.search(r'$', 'abc'))
show(re.search(r'^', 'abc'))
show(re.match(r'a.c', 'a\nc'))
show(re.match(r'a.c', 'abc'))
show(re.search(r'\d+', 'abc 123 def 45'))
show(re.search(r'x*', 'aaa'))
show(re.match(r'[a-c]+', 'abcabcd'))
show(re.match(r'[^a-c]+', 'xyzabc'))
show(re.search(r'colou?r', 'the color red'))
show(re.search(r'colou?r', 'the colour red'))
show(re.match(r'(ab)*c', 'ababc'))
show(re.match(r'a{2,3}', 'aaaa'))
show(re.match(r'a{2,3}?', 'aaaa'))
show(re.match(r'a{3}', 'aa'))
show(re.match(r'a*?b', 'aaab'))
print(bool(re.match('x', 'x')), re.match('x', 'y') is None)
