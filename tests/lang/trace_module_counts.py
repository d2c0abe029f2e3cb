# The trace module counting executed lines (trace.Trace(count=1)).
import trace

def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return out

t = trace.Trace(count=1, trace=0)
print(t.runfunc(fizz, 15))
counts = t.results().counts
first = fizz.__code__.co_firstlineno
for (filename, line), n in sorted(counts.items()):
    if filename == __file__:
        print(line - first, n)
