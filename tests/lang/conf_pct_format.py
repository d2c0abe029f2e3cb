import sys
cases = ['"%.*d" % (sys.maxsize,1)', '"%*d" % (sys.maxsize,1)', 'b"%.*d" % (sys.maxsize,1)',
         'b"%*d" % (sys.maxsize,1)', '"%.*f" % (sys.maxsize,1.0)', '"%.2147483648d" % 1',
         '"%.*d" % (2**40,1)', '"%*d" % (-5, 42)', 'b"%*d" % (-5, 42)', '"%.*d" % (-3, 42)',
         '"%*d" % ("x", 1)', 'b"%*d" % (1.5, 1)', '"%.*d" % (3, 42)', 'bytearray(b"%.*x") % (5, 255)',
         '"%99999999999d" % 1', '"%.100d" % 1', 'b"%#.117x" % 1']
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
for f in ['%05.3d', '%-6.3d|', '%#.5x', '%+.3d', '%.3d', '%#08.3o', '%.0d', '% .3d', '%.3X', '%#.3X', '%10.4d|']:
    print(f, repr(f % 5), repr(f % -255))
