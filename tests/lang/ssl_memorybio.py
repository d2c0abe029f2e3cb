# A TLS connection driven by hand over MemoryBIO pairs (what asyncio
# does): the handshake loop, data both ways, pending/eof, unwrap.
import ssl

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")

c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
client = client_ctx.wrap_bio(c_in, c_out, server_hostname="localhost")
server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
print(type(client).__name__, client.server_side, server.server_side, client.server_hostname)
print(client.version(), client.cipher(), client.getpeercert.__name__)
try:
    client.getpeercert()
except ValueError as e:
    print("ValueError", e)

def pump():
    moved = 0
    data = c_out.read()
    if data:
        s_in.write(data)
        moved += len(data)
    data = s_out.read()
    if data:
        c_in.write(data)
        moved += len(data)
    return moved

rounds = 0
done = {"client": False, "server": False}
while not all(done.values()):
    for name, obj in (("client", client), ("server", server)):
        if done[name]:
            continue
        try:
            obj.do_handshake()
            done[name] = True
        except ssl.SSLWantReadError as e:
            if rounds == 0 and name == "client":
                print("want read:", e.args[0], type(e).__name__)
    pump()
    rounds += 1
print("handshake done", rounds <= 4, client.version(), server.version())
print(client.getpeercert()["subject"][-1], server.getpeercert())

print(client.write(b"hello server"), c_out.pending > 0)
pump()
print(server.pending(), server.read(5), server.pending(), server.read(100))
try:
    server.read(10)
except ssl.SSLWantReadError as e:
    print("nothing to read:", type(e).__name__)
buf = bytearray(20)
server.write(b"reply")
pump()
print(client.read(20, buf), bytes(buf[:5]))

# MemoryBIO on its own
b = ssl.MemoryBIO()
print(b.pending, b.eof, b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"f")))
print(b.pending, b.read(2), b.read(-1), b.read(), b.eof)
b.write_eof()
print(b.eof)
for f, a in ((b.write, (b"x",)), (b.write, ("str",)), (ssl.MemoryBIO, (1,))):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)

# closing: the client sends close_notify, the server sees EOF
try:
    client.unwrap()
except ssl.SSLWantReadError:
    print("client unwrap wants the peer's close_notify")
pump()
print(server.read(10))
try:
    server.unwrap()
except ssl.SSLError as e:
    print(type(e).__name__)
pump()
print(client.unwrap())

# garbage instead of a handshake
bad_in, bad_out = ssl.MemoryBIO(), ssl.MemoryBIO()
obj = client_ctx.wrap_bio(bad_in, bad_out, server_hostname="localhost")
bad_in.write(b"this is not TLS at all" * 3)
try:
    obj.do_handshake()
except ssl.SSLError as e:
    print(type(e).__name__, e.reason, e.library, e)
# EOF during the handshake
eof_in, eof_out = ssl.MemoryBIO(), ssl.MemoryBIO()
obj = client_ctx.wrap_bio(eof_in, eof_out, server_hostname="localhost")
eof_in.write_eof()
try:
    obj.do_handshake()
except ssl.SSLError as e:
    print(type(e).__name__, e)
