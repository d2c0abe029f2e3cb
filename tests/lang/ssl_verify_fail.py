# Verification failures: unknown CA, hostname mismatch, what each side
# sees (exception class, verify_code, verify_message, reason, library).
import socket
import ssl
import threading

D = "/usr/lib/python3.11/test/"

def attempt(certfile, client_ctx, hostname):
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(D + certfile)
    a, b = socket.socketpair()
    out = []
    def serve():
        try:
            with server_ctx.wrap_socket(a, server_side=True) as s:
                out.append(("server ok", s.recv(10)))
                s.send(b"pong")
        except Exception as e:
            out.append(("server", type(e).__name__, e.reason, e.library))
    t = threading.Thread(target=serve)
    t.start()
    try:
        with client_ctx.wrap_socket(b, server_hostname=hostname) as c:
            c.send(b"ping")
            print("client ok", c.recv(10), c.getpeercert() == {}, c.getpeercert(True) is not None)
    except ssl.SSLCertVerificationError as e:
        print("client", type(e).__name__, e.verify_code, e.verify_message)
        print(e.reason, e.library, e.errno, isinstance(e, ValueError))
        print(str(e).startswith("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "))
    except Exception as e:
        print("client", type(e).__name__, e)
    t.join()
    a.close()
    b.close()
    for o in out:
        print(*o)

default = ssl.create_default_context()
attempt("keycert.pem", default, "localhost")            # self-signed
with_ca = ssl.create_default_context(cafile=D + "pycacert.pem")
attempt("keycert3.pem", with_ca, "wronghost")           # hostname mismatch
attempt("keycert3.pem", with_ca, "127.0.0.1")           # IP mismatch
attempt("keycert3.pem", with_ca, "localhost")           # fine
no_check = ssl.create_default_context(cafile=D + "pycacert.pem")
no_check.check_hostname = False
attempt("keycert3.pem", no_check, "wronghost")          # fine without the name check
unverified = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
unverified.check_hostname = False
unverified.verify_mode = ssl.CERT_NONE
attempt("keycert.pem", unverified, "anything")          # getpeercert() is {}
