# complex: type attributes, generator sums, containers, nested format specs in f-strings.
print(complex.__name__, type(1j).__mro__, isinstance(1j, (int, float)), complex.real, 1j.__class__)
print(hash(-1+0j), hash(complex(-1.0, 0.0)))
print(sum(complex(i, -i) for i in range(10)), [z.imag for z in (1j, 2+0j)], {1j: "a"}[1j], 1j in [0, 1j], 2 ** -1j)
print(f"{1+1j:>{12}.{2}f}|{-2j!s:^12}|", "{0.real} {0.imag}".format(3+4j))
try:
    print(complex("1", imag=2))
except TypeError as e:
    print("TypeError:", e)
