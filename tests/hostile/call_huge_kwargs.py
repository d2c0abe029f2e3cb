# A call with 10,000 keyword arguments via **.
def f(**k):
    return len(k)
d = {"k%d" % i: i for i in range(10000)}
raise ValueError(f(**d))
