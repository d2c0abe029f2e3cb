# asyncio streams over loopback TCP and a socketpair
import asyncio, socket

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for word in [b'alpha\n', b'beta\n', b'gamma\n']:
        writer.write(word)
        await writer.drain()
        print(await reader.readline())
    writer.write(b'x' * 50000 + b'\n')
    await writer.drain()
    line = await reader.readline()
    print(len(line), line[:3])
    print(writer.get_extra_info('peername') == ('127.0.0.1', port))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b'hello over a pair')
    await w1.drain()
    print(await r2.readexactly(5), await r2.read(12))
    w1.write_eof()
    print(await r2.read())
    try:
        await r2.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print('incomplete', e.partial, e.expected)
    for w in (w1, w2):
        w.close()
        await w.wait_closed()

    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b'raw')
    print(await loop.sock_recv(b, 10))
    a.close(); b.close()

asyncio.run(main())
