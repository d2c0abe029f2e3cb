# Unpickling errors: truncated and corrupt data, stack and memo misuse,
# bad arguments -- the messages of the C unpickler.
import io
import pickle


def show(data, **kw):
    try:
        print('ok', repr(pickle.loads(data, **kw))[:60])
    except Exception as e:
        print(type(e).__name__, e)


for data in [b'', b'N', b'(', b'0', b'1', b'2', b'a', b'e', b's', b'u', b't', b'l', b'd',
             b'\xff', b'z', b"'", b'\\', b'\x99', b'h\x05.', b'g5\n.', b'j\x05\x00\x00\x00.',
             b'I12', b'I12\n', b'Iabc\n.', b'F1.x\n.', b'Lzz\n.', b'S\'abc\n.', b'Sabc\n.',
             b'K', b'M\x01', b'J\x01\x00', b'\x8a\x05\x01', b'T\x05\x00\x00\x00ab.',
             b'X\x05\x00\x00\x00ab.', b'X\x02\x00\x00\x00\xff\xfe.', b'\x80\x06.', b'\x80\x02N',
             b'(N(Nd.', b'(Nd.', b'N(Nu.', b'}(Nu.', b'}N(u.', b'](N1.', b'N0000.',
             b'\x82\x00.', b'\x82\x01.', b'\x93.', b'N\x93.', b'KK\x93.',
             b'cno_such_module_q\nx\n.', b'cbuiltins\nnope\n.', b'c\n.', b'cbuiltins\n\n.',
             b'\x80\x04\x8c\x08builtins\x8c\x04nope\x93.', b'\x80\x04\x8c\x08builtins\x8c\x0bint.nope.x\x93.',
             b'P1\n.', b'NQ.', b'\x97.', b'N\x98.', b'\x81.', b'NN\x81.', b'c__builtin__\nint\nN\x81.',
             b'\x8b\xff\xff\xff\xff.', b'N}b.', b'NNb.', b'}N(N}\x86b.', b']Nb.',
             b'cbuiltins\nlist\n(K\x01tR.', b'cbuiltins\nlen\nNR.', b'p-1\n.', b'Np-1\n.',
             b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.', b'\x95\x02\x00\x00\x00\x00\x00\x00\x00N.',
             b'Vab\\u00\n.', b'V\\U00110000\n.', b'V\\q\n.', b'S"a\\x4"\n.']:
    print(data, end=' ')
    show(data)

show(b'\x97.', buffers=[])
show(b'\x97.', buffers=None)
show('text')
show(42)
show(b'N.', encoding=3)
show(b'N.', errors=None)
try:
    pickle.Unpickler(42)
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.load(io.BytesIO(b''))
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.load(io.BytesIO(b'\x80\x04\x95'))
except Exception as e:
    print(type(e).__name__, e)
u = pickle.Unpickler.__new__(pickle.Unpickler)
try:
    u.load()
except Exception as e:
    print(type(e).__name__, e)
# bytes past the STOP are left unread
f = io.BytesIO(pickle.dumps(1, 0) + pickle.dumps('two', 2) + pickle.dumps([3], 4) + b'rest')
print(pickle.load(f), pickle.load(f), pickle.load(f), f.read())
print(pickle.loads(bytearray(pickle.dumps([1, 2]))), pickle.loads(memoryview(pickle.dumps((3,)))))
