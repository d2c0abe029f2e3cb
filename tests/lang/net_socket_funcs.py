# module functions: byte order, inet_*, getaddrinfo on numeric hosts, constants
import socket

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.htons(0), socket.htonl(0xffffffff))
for f, v in [(socket.htons, -1), (socket.htons, 70000), (socket.htonl, -1),
             (socket.htonl, 2**33), (socket.htons, 'a'), (socket.htonl, 'a'),
             (socket.htonl, 1.0), (socket.ntohs, 2**70), (socket.ntohl, -2**70)]:
    try:
        f(v)
    except Exception as e:
        print(type(e).__name__, e)
print(socket.inet_aton('127.0.0.1'), socket.inet_aton('1.2.3'))
print(socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET, '10.1.2.3'))
print(socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_ntop(socket.AF_INET6, b'\x20\x01' + b'\x00' * 13 + b'\x01'))
print(socket.inet_ntop(socket.AF_INET, bytearray(b'\x01\x02\x03\x04')))
for call in [lambda: socket.inet_aton('x'), lambda: socket.inet_ntoa(b'12'),
             lambda: socket.inet_pton(99, '1'), lambda: socket.inet_pton(socket.AF_INET, '1'),
             lambda: socket.inet_ntop(socket.AF_INET, b'1'), lambda: socket.inet_ntop(99, b'1'),
             lambda: socket.inet_aton(5), lambda: socket.CMSG_LEN(-1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_LEN(0))

infos = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
for fam, typ, proto, canon, addr in infos:
    print(fam == socket.AF_INET, typ == socket.SOCK_STREAM, proto, repr(canon), addr)
print(socket.getaddrinfo('::1', '8080', socket.AF_INET6, socket.SOCK_DGRAM)[0][4])
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0][4])
print(socket.getaddrinfo(host='127.0.0.1', port=None, type=socket.SOCK_DGRAM)[0][4])
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
for call in [lambda: socket.getaddrinfo(1, None), lambda: socket.getaddrinfo(None, 1.5),
             lambda: socket.getnameinfo(('127.0.0.1', 80), 'x'),
             lambda: socket.getnameinfo(('127.0.0.1',), 0), lambda: socket.getnameinfo('x', 0),
             lambda: socket.getaddrinfo('127.0.0.1', 'nosuchservice!')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
try:
    socket.getaddrinfo('127.0.0.1', 'nosuchservice!')
except socket.gaierror as e:
    print(e.errno == socket.EAI_SERVICE)
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(isinstance(socket.gethostname(), str))
print(socket.if_nametoindex('lo'), socket.if_indextoname(1), (1, 'lo') in socket.if_nameindex())
try:
    socket.if_nametoindex('nonexistent0')
except OSError as e:
    print(e)
print(socket.has_ipv6, socket.SOMAXCONN > 0)
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.MSG_PEEK, socket.SHUT_RDWR, socket.AI_PASSIVE, socket.NI_NUMERICHOST)
print(socket.EAI_NONAME, socket.SOL_UDP, socket.SO_ERROR, socket.SCM_RIGHTS)
print(socket.AddressFamily.AF_INET, repr(socket.SocketKind.SOCK_STREAM))
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(80, 'tcp'))
print(socket.getprotobyname('tcp'), socket.getprotobyname('udp'))
name, aliases, addrs = socket.gethostbyname_ex('localhost')
print(type(name).__name__, type(aliases).__name__, '127.0.0.1' in addrs)
print(socket.gethostbyaddr('127.0.0.1')[2])
try:
    socket.gethostbyname_ex(5)
except TypeError as e:
    print(e)
for v in [-1, 2**64, 2**33, 'x', 1.5]:
    try:
        socket.if_indextoname(v)
    except Exception as e:
        print(type(e).__name__, e)
