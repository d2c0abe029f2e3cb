# cProfile (on _lsprof) and pstats: call counts, primitive counts for
# recursion, callers -- never timings.
import cProfile
import pstats
import io

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def helper(xs):
    out = []
    for x in xs:
        out.append(len(str(x)))
    return sorted(out)

def main():
    fib(8)
    helper(range(20))
    return 'ok'

pr = cProfile.Profile()
print(pr.runcall(main))
st = pstats.Stats(pr)
rows = []
for func, (cc, nc, tt, ct, callers) in st.stats.items():
    filename, line, name = func
    where = 'here' if filename == __file__ else filename
    rows.append((name, where, nc, cc, sorted(c[2] for c in callers)))
for r in sorted(rows):
    print(*r)

# the stats printer, with the timing columns cut off
s = io.StringIO()
pstats.Stats(pr, stream=s).sort_stats('ncalls', 'name').print_stats()
lines = s.getvalue().splitlines()
print(lines[0].split(' in ')[0].strip())
for line in lines:
    if '(fib)' in line or '(helper)' in line or 'builtins.len' in line:
        print(line.split()[0], line.split(':')[-1] if ':' in line else line.split()[-1])
