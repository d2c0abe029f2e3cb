# Two threads allocate small pointer-free blocks (dict indexes, strs) as
# fast as they can, so one thread's collection keeps landing while the
# other refills its free lists.  A refill copies a chain of blocks linked
# through memory the collector does not scan; copied outside Boehm's
# allocation lock, the links ahead of the copy could be reclaimed and
# reused, and the walk crashed (gc_boehm.c, atomic_refill).
import threading

def work(n, out):
    total = 0
    for i in range(n):
        lst = [i, i + 1, i + 2, (i, i)]
        d = {"a": i, "b": lst, "c": (i, lst)}
        lst.append(len(d))
        total += len(lst) + d["a"] + len(str(i))
    out.append(total)

out = []
threads = [threading.Thread(target=work, args=(300000, out)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
