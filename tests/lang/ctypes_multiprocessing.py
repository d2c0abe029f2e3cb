# multiprocessing.Value/Array/RawValue over ctypes (shared memory, fork)
import multiprocessing as mp
from multiprocessing import Value, Array
import ctypes

def work(v, a):
    with v.get_lock():
        v.value += 5
    for i in range(len(a)):
        a[i] = a[i] * 2

if __name__ == "__main__":
    mp.set_start_method("fork")
    v = Value('i', 10)
    a = Array('d', [1.0, 2.0, 3.0])
    p = mp.Process(target=work, args=(v, a))
    p.start(); p.join()
    print(v.value, a[:], p.exitcode)
    s = Array(ctypes.c_char, b"hello")
    print(s.value, s.raw)
    r = mp.RawValue(ctypes.c_double, 2.5)
    print(r.value, type(v).__name__)
    from multiprocessing.sharedctypes import synchronized
    print(v)
