# ctypes with the rest of the library: struct, io, array, find_library, linked lists
import struct, ctypes, ctypes.util, array, io
from ctypes import *
buf = (c_char * 8)()
struct.pack_into("<i", buf, 2, 0x01020304)
print(buf.raw, struct.unpack_from("<i", buf, 2))
s = create_string_buffer(16)
io.BytesIO(b"hello world").readinto(s)
print(s.value)
m = CDLL(ctypes.util.find_library("m"))
m.cbrt.restype = c_double; m.cbrt.argtypes = [c_double]
print(m.cbrt(27.0))
a = array.array("i", [1, 2, 3])
addr, n = a.buffer_info()
ia = (c_int * n).from_address(addr)
ia[1] = 20
print(a, (c_int * 3).from_buffer(a)[2])
print(c_buffer(b"ab").value, sizeof(c_buffer(5)), ctypes.c_ssize_t(-1).value)
print(bytearray(c_uint16(0x1234)), list(memoryview(bytearray(s)))[:3])
print(SetPointerType.__name__, ARRAY(c_char, 3).__name__)
class Node(Structure): pass
Node._fields_ = [("val", c_int), ("next", POINTER(Node))]
n2 = Node(2, None); n1 = Node(1, pointer(n2))
print(n1.next.contents.val, bool(n2.next))
print(ctypes.c_int.from_param(3), ctypes.sizeof(ctypes.c_void_p), ctypes.alignment(ctypes.c_double))
