# Blocks given back early go to the giving thread's own free lists: threads
# joining and substituting at once, with collections in between, must each
# see their own strings intact.  Big-int arithmetic gives GMP's temporary
# limbs back the same way.
import gc
import re
import threading

results = {}
errors = []

def worker(k):
    try:
        out = []
        for i in range(400):
            parts = (str(k * 1000 + i + j) for j in range(i % 17 + 1))
            s = ",".join(parts)
            t = re.sub(r"\d+", lambda m: m.group(0)[::-1], s)
            out.append((s, t))
            if i % 97 == 0:
                gc.collect()
        bad = [s for s, t in out if ",".join(p[::-1] for p in t.split(",")) != s]
        big = 1
        for i in range(1, 200):
            big = big * (k + i) + i * 7 ** 40
        results[k] = (len(out), len(bad), out[5][0], out[399][1][:20], big % 1000003)
    except Exception as e:
        errors.append((k, type(e).__name__, str(e)))

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors)
for k in sorted(results):
    print(k, results[k])

# The same work on one thread, after the others are gone.
worker(9)
print(results[9])
