# sockets dropped without close() do not exhaust the descriptor table
import resource, socket

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
try:
    for i in range(300):
        s = socket.socket()
        s.bind(('127.0.0.1', 0))
    print('300 sockets made')
    for i in range(150):
        a, b = socket.socketpair()
    print('150 pairs made')
finally:
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
