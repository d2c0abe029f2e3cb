# BINARY_OP / INPLACE_OP fast paths on small ints and floats: shifts at the
# edges of the small-int range, every operator, and the in-place spelling
# (whose error messages name the augmented operator).
vals = [0, 1, -1, 5, -5, 7, 2**46, -2**46, 2**47-1, -2**47, 2**47, 2**60, -2**63, 3.5, -0.0, float('inf')]
shifts = [0, 1, 3, 46, 47, 48, 62, 63, 64, 100, -1]
for x in vals:
    for y in shifts:
        for op in ('<<', '>>'):
            try:
                r = eval('x %s y' % op)
                z = x; exec('z %s= y' % op)
                print(x, op, y, r, z == r)
            except Exception as e:
                print(x, op, y, type(e).__name__, e)
for x in vals:
    for y in vals:
        for op in ('+', '-', '*', '//', '%', '&', '|', '^', '/', '**'):
            if op == '%' and y == 0: continue
            if op == '**' and (abs(y) > 100 if isinstance(y, int) else True): continue
            try:
                r = eval('x %s y' % op)
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            z = x
            try:
                exec('z %s= y' % op, globals(), d := {'z': x, 'y': y})
                z = d['z']
            except Exception as e:
                z = type(e).__name__ + ': ' + str(e)
            print(x, op, y, r, z)
