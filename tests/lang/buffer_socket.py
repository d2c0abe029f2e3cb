# socket send and recv_into with memoryview and array buffers
import socket, array
a, b = socket.socketpair()
a.sendall(memoryview(b"hello world")[:5])
a.send(array.array('b', [33, 34]))
buf = array.array('b', [0] * 4)
print(b.recv_into(buf), buf)
m = memoryview(bytearray(8))
print(b.recv_into(m[2:], 3), m.tobytes())
try: b.recv_into(b"xx")
except TypeError as e: print(e)
try: b.recv_into(memoryview(b"xx"))
except TypeError as e: print(e)
a.close(); b.close()
