# Fixed-point float formatting ("%.Nf", "{:.Nf}", "{:.N%}") against CPython's
# exact rounding: halfway cases, tiny and huge values, every precision.
import random

rng = random.Random(1234)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-20, 1e-5, 5e-324, 2.675, 1.005,
        0.045, 123456.785, 9.2e18, 9.3e18, 1e22, 2.0 ** 62, 2.0 ** 63, 2.0 ** 64,
        1.7976931348623157e308, 0.1, 0.7, 99.995, 1234.5, 0.05, -2.5, -0.004,
        float("inf"), float("-inf"), float("nan")]
for k in range(300):
    vals.append(rng.uniform(-1e6, 1e6))
    vals.append(rng.random() * 10 ** rng.randint(-25, 25))
    vals.append(rng.randint(0, 10 ** 6) / 100.0 + 0.005)
out = []
for v in vals:
    for p in (0, 1, 2, 3, 6, 10, 17, 18, 20):
        out.append("%.*f" % (p, v))
        out.append(format(v, ".%df" % p))
        out.append(format(v, ".%dF" % p))
    out.append(f"{v:.2f}|{v:10.3f}|{v:<12.1f}|{v:+.4f}|{v:,.2f}|{v:.1%}|{v:08.2f}|{v:#.0f}")
for line in out:
    print(line)
print(len(out))
