# PickleBuffer over any exporter of the buffer protocol (array, bytearray,
# memoryview): memoryview(pb), raw(), out-of-band round trips, read-only
# buffers, loads() of any buffer, non-contiguous views refused.
import pickle, array, io
a = array.array('i', [1, 2, 3])
pb = pickle.PickleBuffer(a)
print(bytes(pb), memoryview(pb).readonly, len(memoryview(pb)), pb.raw().format, pb.raw().nbytes)
print(pickle.loads(pickle.dumps(pb, 5)))
bufs = []
d = pickle.dumps(pickle.PickleBuffer(bytearray(b'xy')), 5, buffer_callback=bufs.append)
r = pickle.loads(d, buffers=bufs)
print(type(r).__name__, bytes(r))
d = pickle.dumps(pickle.PickleBuffer(b'ro'), 5, buffer_callback=bufs.append)
r = pickle.loads(d, buffers=[bytearray(b'ro')])
print(type(r).__name__, bytes(r), r.readonly)
print(pickle.loads(memoryview(pickle.dumps([1, 2]))), pickle.loads(array.array('b', pickle.dumps('s'))))
m = memoryview(b'abcdef')[::2]
try: pickle.dumps(pickle.PickleBuffer(m), 5)
except Exception as e: print(type(e).__name__, e)
