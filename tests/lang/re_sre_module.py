# the _sre module itself: constants, case helpers, compile's checks
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(repr(_sre.copyright))
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.ascii_iscased(0xe9))
print(_sre.unicode_iscased(0xe9), _sre.unicode_iscased(ord('1')), _sre.unicode_iscased(0x3b1))
print(_sre.ascii_tolower(ord('A')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9))
print(_sre.unicode_tolower(0x130), _sre.unicode_tolower(0x212a), _sre.unicode_tolower(ord('z')))
for bad in ('a', 1.5):
    try:
        _sre.ascii_tolower(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _sre.compile('a', 0, [99, 1], 0, {}, ())
except Exception as e:
    print(type(e).__name__, e)
try:
    _sre.compile('a', 0, [2**40], 0, {}, ())
except Exception as e:
    print(type(e).__name__, e)
import re
p = _sre.compile('a', re.UNICODE, [17, 97, 1], 0, {}, (None,))
print(p.match('ab'), p.pattern, p.groups)
q = _sre.compile(None, 0, [17, 97, 1], 0, {}, (None,))
print(q.search('xa').span(), q.search(b'xa').span(), repr(q))
