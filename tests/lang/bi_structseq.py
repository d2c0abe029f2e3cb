import sys
vi = sys.version_info
print(vi[0:2], vi[::2][:2], vi.count(3) >= 1)
print(hash(vi) == hash(tuple(vi)))
print(tuple(vi)[:3] == (vi.major, vi.minor, vi.micro))
print(vi.__match_args__)
fi = sys.float_info
print([name for name in ('max', 'min', 'dig') if hasattr(fi, name)])
print(fi == tuple(fi), fi != tuple(fi))
t = tuple(sys.int_info)
print(t)
print(isinstance(sys.flags, tuple), sys.flags[3])
print(sorted(set(sys.hash_info[:5])) == sorted(set(tuple(sys.hash_info)[:5])))
