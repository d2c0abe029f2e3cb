x = (a, [b, {c
