# asyncio streams moving a few MB through a local TCP connection (the
# event-loop path of recv/send with large buffers), and async generators
# left unfinished at the end of asyncio.run (closed by shutdown_asyncgens).
import asyncio
import hashlib

CHUNK = 300_000
COUNT = 12


async def handle(reader, writer):
    for i in range(COUNT):
        writer.write(bytes([65 + i]) * CHUNK)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def transfer():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        h = hashlib.sha256()
        total = reads = 0
        while True:
            data = await reader.read(CHUNK)
            if not data:
                break
            reads += 1
            total += len(data)
            h.update(data)
        writer.close()
        await writer.wait_closed()
    expect = hashlib.sha256(b"".join(bytes([65 + i]) * CHUNK for i in range(COUNT)))
    print("total", total, "same", h.hexdigest() == expect.hexdigest(), "reads>0", reads > 0)


async def exact_reads():
    server_done = asyncio.Event()

    async def serve(reader, writer):
        data = await reader.readexactly(100_000)
        writer.write(data[::-1])
        await writer.drain()
        line = await reader.readline()
        writer.write(line.upper())
        writer.close()
        server_done.set()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    payload = bytes(range(256)) * 391 + b"tail"
    payload = payload[:100_000]
    w.write(payload)
    back = await r.readexactly(100_000)
    print("reversed", back == payload[::-1])
    w.write(b"a line\n")
    print(await r.readline())
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", len(e.partial), e.expected)
    await server_done.wait()
    w.close()
    server.close()
    await server.wait_closed()


log = []


async def ticker(name):
    try:
        for i in range(1000):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("closed " + name)


async def leave_unfinished():
    gens = [ticker("g%d" % i) for i in range(3)]
    for g in gens:
        async for v in g:
            if v == 2:
                break
    finished = ticker("done")
    async for _ in finished:
        if _ == 999:
            pass
    log.append("left %d unfinished" % len(gens))
    return gens


async def main():
    await transfer()
    await exact_reads()
    keep = await leave_unfinished()
    return len(keep)


print(asyncio.run(main()))
print(sorted(log))
