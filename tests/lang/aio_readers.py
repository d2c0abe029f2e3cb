# The selector loop's fd watching: add_reader/add_writer on pipes and
# sockets, sock_* coroutines over a socketpair, and stream pipes.
import asyncio
import os
import socket

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = loop.create_future()
    def on_read():
        got.set_result(os.read(r, 100))
        loop.remove_reader(r)
    loop.add_reader(r, on_read)
    loop.call_later(0.01, os.write, w, b'ping')
    print('reader got', await asyncio.wait_for(got, 5))
    print('remove again', loop.remove_reader(r))
    writable = loop.create_future()
    loop.add_writer(w, lambda: writable.done() or writable.set_result('writable'))
    print(await asyncio.wait_for(writable, 5), loop.remove_writer(w))
    os.close(r); os.close(w)

    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b'hello world')
    print('sock_recv', await loop.sock_recv(b, 5))
    buf = bytearray(20)
    n = await loop.sock_recv_into(b, buf)
    print('sock_recv_into', n, bytes(buf[:n]))
    reader = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0.01)
    print('waiting', reader.done())
    a.send(b'late')
    print('late', await reader)
    a.close(); b.close()

    # streams over a pipe pair
    r, w = os.pipe()
    rf, wf = os.fdopen(r, 'rb'), os.fdopen(w, 'wb')
    sr = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(sr), rf)
    wt, wp = await loop.connect_write_pipe(asyncio.Protocol, wf)
    wt.write(b'line one\nline two\n')
    wt.close()
    print(await sr.readline(), await sr.readline(), await sr.read())

asyncio.run(main())
