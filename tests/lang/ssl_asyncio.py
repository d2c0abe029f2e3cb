# asyncio over TLS: start_server/open_connection with ssl= (the
# SSLProtocol over MemoryBIO), and a STARTTLS-style upgrade.
import asyncio
import ssl

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")

async def handle(reader, writer):
    peer = writer.get_extra_info("ssl_object")
    print("server sees", type(peer).__name__, peer.version())
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=client_ctx,
                                                   server_hostname="localhost")
    sslobj = writer.get_extra_info("ssl_object")
    print("client", sslobj.version(), writer.get_extra_info("peercert")["subject"][-1])
    print(writer.get_extra_info("cipher")[1])
    for msg in (b"hello\n", b"tls over asyncio\n", b"x" * 20000 + b"\n"):
        writer.write(msg)
        await writer.drain()
        got = await reader.readline()
        print(len(got), got[:20])
    writer.close()
    await writer.wait_closed()

    # a failing verification surfaces from open_connection
    bad_ctx = ssl.create_default_context()
    try:
        await asyncio.open_connection("127.0.0.1", port, ssl=bad_ctx, server_hostname="localhost")
    except ssl.SSLCertVerificationError as e:
        print("verify failed:", e.verify_message)
    server.close()
    await server.wait_closed()

asyncio.run(main())
