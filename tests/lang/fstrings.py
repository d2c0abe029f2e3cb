# f-strings: conversions and format specs.
x, y, name = 42, 3.14159, "krait"
print(f"{x} {y} {name}")
print(f"{name!r} {name!s} {x!r}")
print(f"[{x:5}] [{x:<5}] [{x:^5}] [{x:05}] [{x:+}] [{x:x}] [{x:#x}] [{x:b}] [{x:o}]")
print(f"[{y:.2f}] [{y:10.3f}] [{y:e}] [{y:.3g}] [{y:%}] [{1234567.891:,.2f}]")
print(f"[{name:>10}] [{name:*^11}] [{name:.2}]")
print(f"{x + 1} {'nested'} {[1, 2][0]} {x:{'>'}{6}}")
print(f"{1000000:,} {1000000:_} {-5:03}")
print(format(3.5), format(10, "b"), format("s", "<3") + "|")
