import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi.serial)
print(type(vi).__name__, isinstance(vi, tuple), len(vi))
print(vi >= (3, 8), vi < (4,), vi == tuple(vi), (3, 11) <= vi)
major, minor, *rest = vi
print(major, minor, len(rest))
print(sys.version[:5] == '%d.%d.' % (vi.major, vi.minor))
print(hex(sys.hexversion)[:5], sys.hexversion >> 24)
try:
    vi.major = 4
except AttributeError as e:
    print('AttributeError')
try:
    type(vi)()
except TypeError as e:
    print('TypeError')
print(list(vi)[:2], vi[0], vi[-1], vi.index(11))
print(type(vi).n_sequence_fields, type(vi).n_fields, type(vi).n_unnamed_fields)
print(repr(vi).startswith('sys.version_info(major=3, minor=11, micro='))
