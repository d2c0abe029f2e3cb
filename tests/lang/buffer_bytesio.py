# BytesIO.getbuffer: a view of the BytesIO's memory that refuses writes while held
import io
def err(f, *a):
    try: r = f(*a); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"hello")
v = b.getbuffer()
v[0] = 72
print(b.getvalue(), bytes(v))
err(b.write, b"xx")
err(b.truncate, 2)
err(b.close)
v.release()
b.write(b"!!")
print(b.getvalue())
with b.getbuffer() as w:
    print(w.tobytes(), w.readonly, w.format)
b.close()
