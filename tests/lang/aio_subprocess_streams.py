# asyncio subprocesses with the default child watcher: pipes, exit codes,
# signals, timeouts, many children at once.
import asyncio
import signal
import sys

PY = sys.executable

async def run(*args, **kw):
    p = await asyncio.create_subprocess_exec(PY, '-c', *args, **kw)
    return p

async def main():
    p = await run('import sys; print("out"); print("err", file=sys.stderr); sys.exit(5)',
                  stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print(out, err, p.returncode)

    p = await run('import sys\nfor line in sys.stdin: print(line.strip()[::-1], flush=True)',
                  stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for word in [b'abc', b'hello']:
        p.stdin.write(word + b'\n')
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.close()
    print('eof', await p.stdout.read(), await p.wait())

    p = await run('import time; print("ready", flush=True); time.sleep(30)',
                  stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.readline())   # its SIGINT handler is in place
    try:
        await asyncio.wait_for(p.wait(), 0.1)
    except asyncio.TimeoutError:
        print('timed out, returncode', p.returncode)
    p.send_signal(signal.SIGINT)
    print('after SIGINT', await p.wait())

    procs = [await run(f'import sys; sys.exit({i})') for i in range(6)]
    print('many', await asyncio.gather(*[q.wait() for q in procs]))

    p = await asyncio.create_subprocess_shell('echo shell $((6*7))', stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.read(), await p.wait())
    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename)

asyncio.run(main())
