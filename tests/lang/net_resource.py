# resource: limits, usage, page size
import resource

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.RLIM_INFINITY, resource.RLIMIT_CORE, resource.RLIMIT_NOFILE, resource.RUSAGE_SELF,
      resource.RUSAGE_CHILDREN)
core = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, core)
for call in [lambda: resource.getrlimit(99), lambda: resource.getrlimit(-1),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (100, 10)),
             lambda: resource.getrusage(99), lambda: resource.getrlimit('x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.n_fields, type(r.ru_utime).__name__, type(r.ru_maxrss).__name__)
print(r.ru_maxrss > 0, r[0] == r.ru_utime, r.ru_utime >= 0)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap >= 0)
print(resource.getpagesize() in (4096, 16384, 65536))
print(resource.error is OSError)
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
