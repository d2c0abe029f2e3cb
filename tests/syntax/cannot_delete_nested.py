del [a, b, (c, d.e.f[0] + 2)]
