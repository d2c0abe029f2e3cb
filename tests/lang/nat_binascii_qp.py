# binascii quoted-printable, and quopri on top of it.
import binascii as b
import quopri

samples = [b'', b'hello', b'a=b', b'caf\xc3\xa9', b'tab\tend\t', b'space end ', b'line1\nline2 \nx',
           b'crlf\r\nnext\r\n', b'.\n', b'.x', b'.', b'under_score here', b'\x00\x01\x7f\x80\xff',
           b'x' * 80, b'y' * 75 + b'\n' + b'z' * 76, b'=' * 30, b'a \r\nb\t\r\n', b'\r', b'\rx',
           b'mixed\r\nlf\nend', bytes(range(32, 127)) * 2]
for s in samples:
    outs = [b.b2a_qp(s), b.b2a_qp(s, quotetabs=True), b.b2a_qp(s, istext=False),
            b.b2a_qp(s, header=True), b.b2a_qp(s, True, False, True)]
    print(s[:20], outs)
    print([b.a2b_qp(o) == s for o in outs[:2]], b.a2b_qp(outs[3], header=True) == s)
for enc in [b'=41=42', b'=4', b'=', b'=ZZ', b'a=\nb', b'a=\r\nb', b'a=  \r\nb', b'==41', b'_x_',
            'text=3D', b'=4a=4A', b'soft=\rx']:
    print(enc, b.a2b_qp(enc), b.a2b_qp(enc, header=True), b.a2b_qp(enc, 1))
for bad in [lambda: b.a2b_qp(1), lambda: b.b2a_qp('s'), lambda: b.b2a_qp(b'', header='x'),
            lambda: b.a2b_qp('é'), lambda: b.b2a_qp(b'x', foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(quopri.encodestring(b'hello = world\t\n'), quopri.decodestring(b'hello =3D world=09\n'))
