# Error handlers other than the C ones (surrogatepass, namereplace, registered
# ones) for UTF-8/16/32, ASCII, Latin-1; handler results and positions.
import codecs
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii", "latin-1"]:
    for errors in ["surrogatepass", "namereplace", "surrogateescape", "bogus"]:
        for s in ["a\ud800b", "x\udcff", "\xe9\u20ac", "plain"]:
            try:
                b = s.encode(enc, errors)
                try:
                    back = b.decode(enc, errors)
                except Exception as e:
                    back = (type(e).__name__, str(e))
                print(enc, errors, repr(s), b, repr(back))
            except Exception as e:
                print(enc, errors, repr(s), type(e).__name__, e)
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass"), b"a\xed\xa0".decode("utf-8", "replace"))
try: b"\xed\xa0".decode("utf-8", "surrogatepass")
except UnicodeDecodeError as e: print(e)
def h(exc):
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("conf.mark", h)
print(b"a\xffb\xfe".decode("utf-8", "conf.mark"), "a\u20acb".encode("ascii", "conf.mark"))
def back(exc):
    return ("", -1)
codecs.register_error("conf.back", back)
print(b"ab\xff".decode("ascii", "conf.back"))
def far(exc):
    return ("", 100)
codecs.register_error("conf.far", far)
try: b"a\xff".decode("utf-8", "conf.far")
except IndexError as e: print("IndexError", e)
def badret(exc):
    return 1
codecs.register_error("conf.bad", badret)
for f in [lambda: b"\xff".decode("utf-8", "conf.bad"), lambda: "\xff".encode("ascii", "conf.bad"), lambda: "\u20ac".encode("latin-1", "conf.mark2")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
codecs.register_error("conf.nonascii", lambda exc: ("\xe9", exc.end))
for enc in ["ascii", "latin-1", "utf-8"]:
    try: print("\u20ac\ud800".encode(enc, "conf.nonascii"))
    except Exception as e: print(type(e).__name__, e)
