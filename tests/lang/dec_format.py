# Decimal.__format__: every type, precision, fill/align, sign, z, zero
# padding, thousands separators, specials, and the invalid specs.
import decimal
from decimal import Decimal as D

values = ['0', '-0', '0E-15', '0E1', '-0E2', '0.00', '1.5', '-15', '0.015', '2.30E+2',
          '1.23456789123456789e40', '3.14159265', '-1.23e5', '9.9999999', '123456',
          '1234567.891', '0.0000032', '-0.001', '1E+2', '1.00', 'Infinity', '-Infinity',
          'NaN', '-NaN123', 'sNaN7']
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'N', '.0e', '.6e', '.0f', '.2f', '.7f',
         '.0g', '.1g', '.5g', '.10g', '.3%', '.0%', '.3', '.0', '12', '<12', '>12', '^12',
         '=+12', '*^15.3f', '012', '012.2f', '+012,.2f', ' 012,', '011,', ',', ',.3f',
         ',e', ',%', 'z.1f', 'z.2e', 'z.2g', '+z.0f', ' z.0f', 'z+.1f', 'z012.1f', '0=10',
         '0<8', '🖤>z9.1f', '\x00^12', '+', ' ', '-', '.3N', '08,.1f']
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(D(v), s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)

# the rounding mode of the context is used; the flags are left alone
for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_05UP]:
    with decimal.localcontext() as c:
        c.rounding = mode
        c.clear_flags()
        print(mode, [format(D(x), s) for x in ['2.345', '-2.355', '-0.001', '0.5']
                     for s in ['.2f', '.0f', 'z.2f', '.2e', '.1%', '.2g']],
              c.flags[decimal.Inexact], c.flags[decimal.Rounded])

with decimal.localcontext() as c:
    c.capitals = 0
    print(format(D('1e5'), ''), format(D('1e5'), '.3'), format(D('1e5'), 'N'), format(D('1e5'), 'G'))

# invalid specs and arguments
for s in ['fz', 'zz.1f', '0z.1f', '#', '#.0f', '_', ',_f', ',n', 'x<05', '<05', '00', 'q',
          '.f', '.3x', '10.2,f', 'f ', '+-f', 'z+z.1f']:
    try:
        print(s, repr(format(D('1234.5'), s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for args in [(b'x',), ('n', 5), ('n', {}), ('n', {'decimal_point': ','})]:
    try:
        print(D(1234).__format__(*args))
    except Exception as e:
        print(type(e).__name__, e)

# the override dict (an undocumented hook of the C implementation)
en = {'decimal_point': '.', 'grouping': '\x03\x03\x00', 'thousands_sep': ','}
fr = {'decimal_point': ',', 'grouping': '\x7f', 'thousands_sep': ''}
crazy = {'decimal_point': '&', 'grouping': '\x01\x04\x02\x7f', 'thousands_sep': '-'}
wide = {'decimal_point': '\u00bf', 'grouping': '\x03\x03\x00', 'thousands_sep': '\u00b4'}
for loc in [en, fr, crazy, wide]:
    print([D(x).__format__(s, loc) for x in ['12.7', '123456789', '1234567890123', '-1.5']
           for s in ['n', '.6n', '05n', '010n', '013n', '020n', ',f']])
print(f"{D('1234.5678'):>14,.2f}|{D('-7'):+}|{D('0.1'):.3%}")
