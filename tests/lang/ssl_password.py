# load_cert_chain: separate key files, encrypted keys with a password as
# str, bytes, bytearray or a callable, and the errors of each.
import ssl

D = "/usr/lib/python3.11/test/"
CERT, KEY = D + "ssl_cert.pem", D + "ssl_key.passwd.pem"
PASS = "somepass"

def attempt(label, **kw):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        ctx.load_cert_chain(**kw)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("plain", certfile=D + "keycert.pem")
attempt("separate key", certfile=D + "ssl_cert.pem", keyfile=D + "ssl_key.pem")
attempt("str", certfile=CERT, keyfile=KEY, password=PASS)
attempt("bytes", certfile=CERT, keyfile=KEY, password=PASS.encode())
attempt("bytearray", certfile=CERT, keyfile=KEY, password=bytearray(PASS.encode()))
attempt("callable", certfile=CERT, keyfile=KEY, password=lambda: PASS)
attempt("callable bytes", certfile=CERT, keyfile=KEY, password=lambda: PASS.encode())
attempt("wrong", certfile=CERT, keyfile=KEY, password="wrong")
attempt("bad type", certfile=CERT, keyfile=KEY, password=42)
attempt("callable bad type", certfile=CERT, keyfile=KEY, password=lambda: 42)
def boom():
    raise KeyError("boom")
attempt("callable raises", certfile=CERT, keyfile=KEY, password=boom)
attempt("too long", certfile=CERT, keyfile=KEY, password=lambda: "x" * 100000)
attempt("combined", certfile=D + "keycert.passwd.pem", password="somepass")
attempt("mismatch", certfile=D + "keycert.pem", keyfile=D + "ssl_key.pem")
attempt("bad cert", certfile=D + "badcert.pem")
attempt("bad key", certfile=D + "keycert.pem", keyfile=D + "badkey.pem")
attempt("missing", certfile=D + "nonexistent.pem")
attempt("no args")
attempt("cert type", certfile=42)
attempt("key type", certfile=CERT, keyfile=3.5)
import pathlib
attempt("pathlike", certfile=pathlib.Path(D) / "keycert.pem")
attempt("bytes path", certfile=(D + "keycert.pem").encode())
