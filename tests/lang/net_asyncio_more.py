# asyncio over unix sockets, UDP endpoints, loop.sock_* and protocols
import asyncio, os, socket, tempfile

class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, fut):
        self.fut = fut
    def datagram_received(self, data, addr):
        self.fut.set_result(data)

class LineProto(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.buf = b''
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        self.buf += data
        if self.buf.endswith(b'\n'):
            self.transport.write(b'got ' + self.buf)
            self.transport.close()
    def connection_lost(self, exc):
        self.done.set_result(exc)

async def main():
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'srv.sock')
        async def handle(r, w):
            w.write((await r.read(100))[::-1])
            await w.drain()
            w.close()
        server = await asyncio.start_unix_server(handle, path)
        r, w = await asyncio.open_unix_connection(path)
        w.write(b'unix stream')
        w.write_eof()
        print(await r.read())
        w.close()
        await w.wait_closed()
        server.close()
        await server.wait_closed()

    transport, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    addr = transport.get_extra_info('sockname')
    fut = loop.create_future()
    ctrans, _ = await loop.create_datagram_endpoint(lambda: Client(fut), remote_addr=addr)
    ctrans.sendto(b'udp hello')
    print(await asyncio.wait_for(fut, 2))
    ctrans.close()
    transport.close()

    done = loop.create_future()
    server = await loop.create_server(lambda: LineProto(done), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    sock = socket.socket()
    sock.setblocking(False)
    await loop.sock_connect(sock, ('127.0.0.1', port))
    await loop.sock_sendall(sock, b'proto line\n')
    chunks = []
    while True:
        data = await loop.sock_recv(sock, 100)
        if not data:
            break
        chunks.append(data)
    print(b''.join(chunks), await done)
    sock.close()
    server.close()
    await server.wait_closed()

    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, lsock.getsockname())
    conn, peer = await accept
    print(peer == csock.getsockname())
    conn.setblocking(False)
    await loop.sock_sendall(conn, b'accepted')
    buf = bytearray(8)
    print(await loop.sock_recv_into(csock, buf), buf)
    for s in (conn, csock, lsock):
        s.close()

    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__)

asyncio.run(main())
