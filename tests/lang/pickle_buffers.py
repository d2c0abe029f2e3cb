# Protocol 5 out-of-band data: PickleBuffer, buffer_callback, buffers=.
import io
import pickle

pb = pickle.PickleBuffer(b'foobar')
print(type(pb).__name__, bytes(pb.raw()), pb.raw().readonly)
pbw = pickle.PickleBuffer(bytearray(b'xyz'))
print(bytes(pbw.raw()), pbw.raw().readonly)
for proto in range(5):
    try:
        pickle.dumps(pb, proto)
    except pickle.PicklingError as e:
        print(proto, 'PicklingError', e)
print(pickle.dumps(pb, 5), pickle.loads(pickle.dumps(pb, 5)))
print(pickle.dumps(pbw, 5), pickle.loads(pickle.dumps(pbw, 5)))

bufs = []
data = pickle.dumps([pb, pbw, b'in-band'], 5, buffer_callback=bufs.append)
print(data, len(bufs))
back = pickle.loads(data, buffers=bufs)
print([bytes(x) for x in back[:2]], back[2])
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.loads(data, buffers=bufs[:1])
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# a callback returning true keeps the buffer in band
data = pickle.dumps(pb, 5, buffer_callback=lambda b: True)
print(data)
try:
    pickle.dumps(pb, 5, buffer_callback=lambda b: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
f = io.BytesIO()
p = pickle.Pickler(f, 5, buffer_callback=bufs.append)
p.dump(pb)
print(f.getvalue())
try:
    pickle.Pickler(io.BytesIO(), 4, buffer_callback=print)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.PickleBuffer('str')
except TypeError as e:
    print('TypeError', e)
pb.release()
try:
    pb.raw()
except ValueError as e:
    print('ValueError', e)
