#!/usr/bin/python3.11
"""Generate build/gen/numfmt_cases.txt (at build time): what python3.11 says, for
tests/unit/test_numfmt.c to compare core/numfmt.c against.

    /usr/bin/python3.11 tools/gen_numfmt_tests.py [output]

Each line is one case: a kind letter, then tab-separated fields.  Text
fields are UTF-8 with backslash escapes (\\\\, \\t, \\n, \\xHH for any other byte
outside printable ASCII), so every line is plain ASCII.  A result is either
"=" followed by the expected text or "!" followed by the exception kind
(V ValueError, O OverflowError, S the caller-made ValueError message) and,
for V and O, a space and the exact message.

    F bits spec result        format(float, spec)          (bits: 16 hex digits)
    C rebits imbits spec res  format(complex, spec)
    I int spec result         format(int, spec)            (int in decimal)
    S str spec result         format(str, spec)
    P directive kind value r  '%' + directive % value      (kind f, i, s; s: the
                                                            text of str/repr/chr)
    R bits text               repr(float)
    H bits text               float.hex()
    X text result             float.fromhex(text)          (=bits)
    D text result             float(text)                  (=bits)
    N text base result        int(text, base)              (=hex)
    Q bits ndigits result     round(x, ndigits)            (=bits)
    T bits result             float(round(x))              (=bits)
    A bits result             x.as_integer_ratio()         (=num/den)

The values and specs are drawn with a fixed seed, so the output is stable.
"""
import math
import random
import struct
import sys

rng = random.Random(4)
out_lines = []


def esc(s):
    b = s.encode('utf-8', 'surrogatepass')
    r = []
    for c in b:
        if c == 0x5C:
            r.append('\\\\')
        elif c == 9:
            r.append('\\t')
        elif c == 10:
            r.append('\\n')
        elif 0x20 <= c < 0x7F:
            r.append(chr(c))
        else:
            r.append('\\x%02x' % c)
    return ''.join(r)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(h):
    return struct.unpack('<d', struct.pack('<Q', h))[0]


def result(fn):
    try:
        return '=' + esc(fn())
    except OverflowError as e:
        return '!O ' + esc(str(e))
    except ValueError as e:
        return '!V ' + esc(str(e))


def emit(*fields):
    out_lines.append('\t'.join(fields))


# ---------------------------------------------------------------- values

EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.3, 1/3, 2/3, 10.0, 100.0,
               1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00011, 1.5e-05, 5e-324, 2.5e-323,
               2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
               1e23, 8.41e21, 5e-310, 123456789.125, 0.125, 0.375, 1234.5, 1234567.0, 999.9999,
               9.5, 99.5, 0.05, 0.95, 0.0005, 1e100, 1e-100, 123.456, -123.456, 2.0**53,
               2.0**63, 2.0**64, 2.0**1023, 1e22, 1e21, 12345678901234567890.0,
               math.inf, -math.inf, math.nan, -math.nan, 0.001, 1e-7, 4.35, 0.045, 1.0005]


def rand_float():
    k = rng.randrange(6)
    if k == 0:
        return from_bits(rng.getrandbits(64))
    if k == 1:
        return rng.choice(EDGE_FLOATS)
    if k == 2:
        return round(rng.uniform(-1e6, 1e6), rng.randrange(0, 6))
    if k == 3:
        return rng.uniform(-10, 10) * 10.0 ** rng.randrange(-30, 30)
    if k == 4:
        return float(rng.randrange(-100000, 100000)) / rng.choice([1, 2, 4, 8, 10, 100, 1000])
    return rng.choice([-1, 1]) * rng.randrange(0, 10 ** rng.randrange(1, 20)) * 10.0 ** rng.randrange(-25, 5)


EDGE_INTS = [0, 1, -1, 7, -7, 10, 255, -255, 1000, 1234, -1234, 65, 0x1F600, 0x10FFFF, 0x110000,
             2**31, -2**31, 2**32, 2**53 + 1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
             10**18, 10**19, 10**20, -10**25, 2**100, 3**200, -(7**300), 10**308, 10**309,
             2**1024 - 2**970, 2**1024 - 2**971]


def rand_int():
    k = rng.randrange(5)
    if k == 0:
        return rng.choice(EDGE_INTS)
    if k == 1:
        return rng.randrange(-1000, 1000)
    if k == 2:
        return rng.randrange(-2**63, 2**63)
    if k == 3:
        return rng.randrange(-10**60, 10**60)
    return rng.randrange(0, 0x110000)


# ---------------------------------------------------------------- specs

FILL_ALIGN = ['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0=', '0<', 'x^', '€>',
              '\U0001F600^', ' =', '=<', '0>']
SIGNS = ['', '', '+', '-', ' ']
WIDTHS = ['', '', '', '1', '5', '8', '13', '20', '30']
GROUPS = ['', '', '', ',', '_']
PRECS = ['', '', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.20', '.40']
NUM_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'X', 'b', 'o', 'c', 's',
             'r', 'a', '?', 'j']


def rand_spec(types=NUM_TYPES):
    return (rng.choice(FILL_ALIGN) + rng.choice(SIGNS) + rng.choice(['', '', '', 'z']) +
            rng.choice(['', '', '#']) + rng.choice(['', '', '', '0']) + rng.choice(WIDTHS) +
            rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(types))


FIXED_SPECS = ['', 'z', 'zd', 'z#x', '#z', '+', ' ', '#', '=', '0', '05', '05s', '.2', '+c', '#c',
               ' c', 'c', ',c', '_x', '_,', ',_', '.', 'dd', 'x', 'd', '%', '=10', 'n', '\x80',
               '10', '99999999999999999999', '.99999999999999999999', '.3000000000f',
               '\u0661\u0662', 'x\u0661', '_n', ',n', ',', '_', '010', '0=10,', '010,',
               '0>10,', '<z', '^=5', 's', 'z.2', 'z.2c', '+#c', '.2c', 'zc', 'z.2x', '+#',
               'z#', '#=', 'z=', '=+', ' z', '0=5', '=.3000000000', '.3000000000', '=c',
               '0=5c', '05c', '_<5c', '=+10', ' 010,', '#010_x', '#X', '#_b', '_%', ',.2f',
               '_g', '+z', 'z.1f', 'z.1e', 'zg', '^20.2f', '+g', '*<30,.3e', '.0', '#.0',
               '#.0e', '#g', '#.3g', '.1g', '.0%', '#.0%', '012,.2f', '0=12_.3e', '-^9',
               '\U0001F600<7', '\x00>3', 'zz', '++', '##', '00', '0005', ',,', '__', '..2',
               '.2.', 'ä', '\u0100', '\U0001F600', '#\U0001F600', '.2147483648',
               '.2147483647x', '-', ' #x', '+#b', '#o', '#08b', '#08o', '_o', '_b', ',x',
               ',X', ',b', ',o', '_X', '#010_X', '012_b', '^#12_x', '>-#14,d', '=09,', 'e',
               '.50e', '.50f', '.0f', '.0e', '%', '.1%', '#%', '20.10%', '<', '>', '^',
               '*^-#010,.3e', 'E', 'F', 'G', ',.0f', '_.30g', '.100f', '.320f', '.330f',
               ',e', ',g', ',%']


def spec_cases():
    for v in EDGE_FLOATS:
        for s in FIXED_SPECS:
            emit('F', bits(v), esc(s), result(lambda: format(v, s)))
    for _ in range(8000):
        v = rand_float()
        s = rand_spec()
        emit('F', bits(v), esc(s), result(lambda: format(v, s)))
    for v in EDGE_INTS:
        for s in FIXED_SPECS:
            emit('I', str(v), esc(s), result(lambda: format(v, s)))
    for _ in range(8000):
        v = rand_int()
        s = rand_spec()
        emit('I', str(v), esc(s), result(lambda: format(v, s)))
    cvals = [complex(a, b) for a in (0.0, -0.0, 1.0, -2.5, 1e20, math.inf, math.nan, 1e-5)
             for b in (0.0, -0.0, 1.0, -3.25, math.nan, -math.inf, 1e16)]
    for z in cvals:
        for s in FIXED_SPECS:
            emit('C', bits(z.real), bits(z.imag), esc(s), result(lambda: format(z, s)))
    for _ in range(4000):
        z = complex(rand_float(), rand_float())
        s = rand_spec()
        emit('C', bits(z.real), bits(z.imag), esc(s), result(lambda: format(z, s)))
    strs = ['', 'a', 'abc', 'hello world', 'ä€\U0001F600', 'x' * 30, '\u0301e', 'tab\there']
    for t in strs:
        for s in FIXED_SPECS:
            emit('S', esc(t), esc(s), result(lambda: format(t, s)))
    for _ in range(5000):
        t = rng.choice(strs)
        s = rand_spec(['', 's', 's', 'd', 'r'])
        emit('S', esc(t), esc(s), result(lambda: format(t, s)))


# ---------------------------------------------------------------- '%'

def pct_directive():
    flags = ''.join(rng.choice(['', '', '-', '+', ' ', '#', '0']) for _ in range(rng.randrange(3)))
    width = rng.choice(['', '', '1', '5', '10', '25'])
    prec = rng.choice(['', '', '.0', '.1', '.3', '.6', '.12', '.30'])
    return flags + width + prec


def pct_cases():
    for _ in range(5000):
        d = pct_directive()
        c = rng.choice('eEfFgG')
        v = rand_float()
        emit('P', esc(d + c), 'f', bits(v), result(lambda: ('%' + d + c) % v))
    for _ in range(5000):
        d = pct_directive()
        c = rng.choice('diuoxX')
        v = rand_int()
        emit('P', esc(d + c), 'i', str(v), result(lambda: ('%' + d + c) % v))
    texts = ['', 'a', 'abc', 'ä€\U0001F600', 'hello world']
    for _ in range(4000):
        d = pct_directive()
        c = rng.choice('sra')
        v = rng.choice(texts)
        text = str(v) if c == 's' else repr(v) if c == 'r' else ascii(v)
        emit('P', esc(d + c), 's', esc(text), result(lambda: ('%' + d + c) % v))
    for _ in range(1000):
        d = pct_directive()
        v = rng.choice([65, 0x1F600, 0xE9, 48])
        emit('P', esc(d + 'c'), 's', esc(chr(v)), result(lambda: ('%' + d + 'c') % v))


# ---------------------------------------------------------------- floats

def float_cases():
    vals = EDGE_FLOATS + [rand_float() for _ in range(6000)]
    for v in vals:
        emit('R', bits(v), esc(repr(v)))
        emit('H', bits(v), esc(v.hex()))
        if math.isfinite(v):
            emit('T', bits(v), '=' + bits(float(round(v))))
        emit('A', bits(v), result(lambda: '%d/%d' % v.as_integer_ratio()))
        for n in (rng.randrange(-3, 4), rng.randrange(-330, 330), rng.randrange(-20, 20)):
            emit('Q', bits(v), str(n), result(lambda: bits(round(v, n))))
    for n in (-400, -309, -308, -307, 322, 323, 324, 10**6, -10**6):
        for v in (1.5, 1.7976931348623157e308, 5e-324, -2.5e-300, 0.0, -0.0, 5e307):
            emit('Q', bits(v), str(n), result(lambda: bits(round(v, n))))
    hexes = ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075',
             '0x1p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1p1024',
             'inf', '-Infinity', ' nan ', 'NaN', '+inf', '0x', '0x.', '.8', '1.', '0X1P+5',
             '  0x1.5p-3  ', '0x1p', '0x1p+', '1p2x', '0x1p99999999999999999999', '0x0p99999',
             '0x1p-99999999999999999999', '0x1p2000x', 'x1', '0x1g', '', ' ', '-', '-0x0',
             '0x123456789abcdefp-30', '0x1.123456789abcdef0123p5', '0x.000001p0',
             '0x0.0000000000001p-1022', '0x1.00000000000008p0', '0x1.00000000000018p0',
             '0x1.00000000000008000001p0', '0x1.fffffffffffffp-1023', '0x3p-1076',
             '0x1.8p-1074', '0x1p-1074', '\t0xAp0\n', '0x1_0p0', '0x1 p0', '1e3']
    for _ in range(2000):
        v = rand_float()
        hexes.append(v.hex())
        if math.isfinite(v) and v != 0:
            m = rng.getrandbits(rng.randrange(1, 120))
            hexes.append('%s0x%xp%d' % (rng.choice(['', '-', '+']), m, rng.randrange(-1200, 1100)))
    for t in hexes:
        emit('X', esc(t), result(lambda: bits(float.fromhex(t))))
    texts = ['1_0', '_1', '1_', '1__0', '1_.5', '1._5', '1e_5', '1e5_0', '\u0661.\u0665', 'inf',
             '-Infinity', 'nAn', '+nan', '-nan', 'infinit', '0x1p1', '1e', '.', '.e1', '1.e1',
             '  1.5\u2003', '1e500', '-1e-500', '1\x00', 'in f', '0_0.0_0', '1_e5', '\x1c1',
             '1\x1c', '\x851', '1\xa0', '\x7f1', '', ' ', '+', '-', '+.5', '-5.', '1e+', '1e-5',
             '1E5', '   -0   ', '0.1', '2.5e-324', '2.4703282292062328e-324', '1' * 400,
             '0.' + '0' * 400 + '1', '1e-400', '9' * 30 + 'e-10', '1.7976931348623158e308',
             '1.7976931348623159e308', 'infinity', 'INFINITY', '+-1', '1 2', '١٢٣', '1\u00b2',
             '\u0e51\u0e52', '1.5\u00a0', '\u30001', 'nan(1)', '1d5', '1f', '0x10', '1e1_0',
             '1_000.000_1', '.5_5', '5_.5']
    for _ in range(3000):
        v = rand_float()
        t = rng.choice([repr(v), '%.20g' % v, '%.5e' % v, str(v).upper()])
        texts.append(t)
    for t in texts:
        emit('D', esc(t), result(lambda: bits(float(t))))


# ---------------------------------------------------------------- ints

def int_cases():
    texts = [('0xg', 0), ('0x', 0), ('0x_1', 0), ('0x__1', 0), ('010', 0), ('00', 0), ('0_0', 0),
             ('1__0', 10), (' 1_0 ', 10), ('_1', 10), ('1_', 10), ('0b12', 0), ('z', 36),
             ('Z', 36), ('\u0663', 10), ('1\x00', 10), ('+ 1', 10), ('- 1', 10), ('0x1', 16),
             ('0X1', 16), ('0o7', 8), ('0b1', 16), ('0b1', 0), ('1' * 5000 + 'x', 10),
             ('1' * 5000, 16), ('0' * 5000, 10), (' \u2003 12 \u3000', 10), ('1', 1),
             ('1', 37), ('1', -1), ('0', 0), ('-0', 0), ('+0x10', 0), ('-0o17', 0),
             ('0o', 8), ('0b', 2), ('0b_', 0), ('0_x1', 0), ('0_7', 0), ('00_0', 0),
             ('9223372036854775807', 10), ('9223372036854775808', 10),
             ('-9223372036854775808', 10), ('-9223372036854775809', 10), ('1' * 4300, 10),
             ('1' * 4301, 10), ('7' * 4301, 8), ('z' * 4301, 36), ('1_' * 700 + '1', 10),
             ('', 10), (' ', 10), ('+', 10), ('\x1c1', 10), ('1\x1c', 10), ('\x851', 10),
             ('١٢٣', 0), ('1.0', 10), ('1e5', 10), ('ff', 16), ('FF', 16), ('0xff', 16),
             ('0Xff', 0), ('12', 3), ('3', 3), ('zz', 35), ('yz', 36), ('-_1', 10),
             ('1 1', 10), ('0x 1', 16), ('٠x1', 0), ('0' * 700 + '1', 10)]
    for _ in range(3000):
        base = rng.choice([0, 2, 8, 10, 16, 36, rng.randrange(2, 37)])
        v = rand_int()
        digs = '0123456789abcdefghijklmnopqrstuvwxyz'
        m, s = abs(v), ''
        b = base or 10
        while True:
            s = digs[m % b] + s
            m //= b
            if not m:
                break
        if rng.random() < 0.3 and len(s) > 1:
            i = rng.randrange(1, len(s))
            s = s[:i] + '_' + s[i:]
        if rng.random() < 0.1:
            s = s + rng.choice(['_', 'g', ' ', '__1', '.'])
        if rng.random() < 0.3:
            s = rng.choice(['+', '-', ' ', '  -']) + s
        if base in (0, 16) and rng.random() < 0.3:
            s = ('-' if s.startswith('-') else '') + '0x' + s.lstrip('-')
        texts.append((s, base))
    for t, b in texts:
        emit('N', esc(t), str(b), int_result(t, b))


def int_result(t, b):
    try:
        return '=' + '%x' % int(t, b)
    except ValueError as e:
        if str(e).startswith('invalid literal'):
            return '!S'
        return '!V ' + esc(str(e))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'build/gen/numfmt_cases.txt'
    sys.set_int_max_str_digits(4300)
    spec_cases()
    pct_cases()
    float_cases()
    int_cases()
    with open(path, 'w') as f:
        f.write('# generated by tools/gen_numfmt_tests.py from python3.11; do not edit\n')
        for line in out_lines:
            f.write(line + '\n')
    print('%s: %d cases' % (path, len(out_lines)))


if __name__ == '__main__':
    main()
