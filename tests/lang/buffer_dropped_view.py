# A memoryview the program dropped gives its export back: the bytearray
# can be resized again (krait: the exporter collects once before refusing).
# krait-test: no-asan -- under ASan the conservative collector finds stale
# copies of the view in the sanitizer's larger, unreused C stack frames.
# krait-test: no-stress -- so can the GC stress build's collections.
b = bytearray(b"hello")

def dropped():
    memoryview(b)[1:2]
    return len(b)

for i in range(3):
    dropped()
    b.append(33 + i)
print(b)

