# Reading sys.stdin in its ways, in child processes fed through a pipe.
import subprocess
import sys

def run(code, data):
    r = subprocess.run([sys.executable, '-c', code], input=data, capture_output=True)
    err = r.stderr.decode().strip().splitlines()
    print(r.returncode, r.stdout.decode('utf-8', 'backslashreplace'), err[-1:] if err else '')

text = 'first\nsecond caf\xe9\nthird\n'.encode()
run("import sys; print(repr(sys.stdin.read()))", text)
run("import sys; print(repr(sys.stdin.readline())); print(repr(sys.stdin.read()))", text)
run("import sys; print(repr(sys.stdin.read(3)), repr(sys.stdin.read(0)), repr(sys.stdin.readline(2)))", text)
run("import sys; print([l for l in sys.stdin])", text)
run("import sys; print(sys.stdin.readlines())", text)
run("import sys; print(sys.stdin.readlines(8))", text)
run("import sys; print(repr(input()), repr(input('prompt> ')))", text)
run("import sys\ntry:\n    input(); input(); input(); input()\nexcept EOFError as e: print('EOFError', e)", text)
run("import sys; print(sys.stdin.buffer.read())", text)
run("import sys; print(sys.stdin.buffer.readline(), sys.stdin.buffer.read(4), sys.stdin.readline())", text)
run("import sys; print([l for l in sys.stdin.buffer])", text)
run("import sys; print(repr(sys.stdin.read()))", b'crlf\r\nlines\r\n')
run("import sys; print(repr(sys.stdin.read()))", b'bad \xff byte\n')
run("import sys; sys.stdin.reconfigure(errors='replace'); print(repr(sys.stdin.read()))", b'bad \xff byte\n')
run("import sys; sys.stdin.reconfigure(encoding='latin-1'); print(repr(sys.stdin.read()))", b'caf\xe9\n')
run("import sys; print(repr(sys.stdin.read()), repr(sys.stdin.read()), repr(sys.stdin.readline()))", b'')
run("import sys; print(sys.stdin.read(None))", b'none size\n')
run("import sys\ntry: sys.stdin.read('x')\nexcept TypeError as e: print('TypeError', e)", b'')
run("import sys; sys.stdin.close(); print(sys.stdin.closed)\ntry: sys.stdin.read()\nexcept ValueError as e: print(e)", b'x')
run("import sys; sys.stdin.reconfigure(newline=None); print(repr(sys.stdin.read()))", b'crlf\r\nlines\r\nand\rcr\n')
