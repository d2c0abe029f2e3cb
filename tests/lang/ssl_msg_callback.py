# _msg_callback (ssl.py's TLS message tracing hook) over MemoryBIOs: what
# the callback receives, and an exception raised inside it.
import ssl

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")

events = []
def trace(conn, direction, version, content_type, msg_type, data):
    events.append((type(conn).__name__, direction, str(version), str(content_type), str(msg_type)))

client_ctx._msg_callback = trace
print(client_ctx._msg_callback is not None, server_ctx._msg_callback)

def handshake(client_ctx):
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client = client_ctx.wrap_bio(c_in, c_out, server_hostname="localhost")
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    done = set()
    for _ in range(6):
        for name, obj in (("c", client), ("s", server)):
            if name not in done:
                try:
                    obj.do_handshake()
                    done.add(name)
                except ssl.SSLWantReadError:
                    pass
        s_in.write(c_out.read())
        c_in.write(s_out.read())
    return client

client = handshake(client_ctx)
print(client.version())
print(events[0])
print(sorted(set(e[1] for e in events)))
# the ClientHello goes out, the ServerHello comes in (content type 22, messages 1 and 2)
print(any(e[1] == "write" and e[3:] == ("22", "1") for e in events),
      any(e[1] == "read" and e[3:] == ("22", "2") for e in events))

def broken(*args):
    raise RuntimeError("in the callback")
client_ctx._msg_callback = broken
try:
    handshake(client_ctx)
except RuntimeError as e:
    print("RuntimeError", e)
client_ctx._msg_callback = None
print(client_ctx._msg_callback)
try:
    client_ctx._msg_callback = 42
except TypeError as e:
    print("TypeError", e)
