# marshal's errors: unmarshallable objects, bad and short data
import marshal

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    pass

attempt(marshal.dumps, C())
attempt(marshal.dumps, object())
attempt(marshal.dumps, [1, C()])
attempt(marshal.dumps, {1: print})
attempt(marshal.dumps, range(3))
attempt(marshal.dumps, 1, 'x')
attempt(marshal.loads, b'')
attempt(marshal.loads, b'i\x01')
attempt(marshal.loads, b'\x01')
attempt(marshal.loads, b'Q')
attempt(marshal.loads, b'[\x02\x00\x00\x00N')
attempt(marshal.loads, b'r\x00\x00\x00\x00')
attempt(marshal.loads, b'z\x05ab')
attempt(marshal.loads, b'{N')
attempt(marshal.loads, 'str')
attempt(marshal.loads, b'\xe9\x05\x00\x00\x00')
attempt(marshal.loads, b')\x02NT')
attempt(marshal.loads, b'l\x01\x00\x00\x00\x05\x00')
attempt(marshal.loads, b'l\xfe\xff\xff\xff\x01\x00\x01\x00')
attempt(marshal.dumps)
attempt(marshal.loads)
