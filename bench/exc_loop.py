"""exc_loop: exceptions raised and caught in loops, finally blocks, context managers.

usage: krait bench/exc_loop.py [n]      n = loop iterations

A parser of mixed tokens that relies on int() raising ValueError, dict
lookups that fall back on KeyError, a custom exception hierarchy raised
several frames deep and caught by a base class, try/finally and `with`
bookkeeping, exception chaining (`raise ... from`), and re-raise.
Self-check: the counts are computed again without exceptions.
"""
import sys

DEFAULT = 540000
TINY = 500
SMALL = 10000  # callgrind size: about 1/20 of the default work


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % (key,))
        self.key = key


class Invalid(AppError):
    pass


class Tracker:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.suppressed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        self.exited += 1
        if kind is Invalid:
            self.suppressed += 1
            return True
        return False


def lookup(table, key, depth):
    if depth:
        return lookup(table, key, depth - 1)
    if key not in table:
        raise NotFound(key)
    value = table[key]
    if value % 11 == 0:
        raise Invalid(key)
    return value


def convert(token):
    try:
        return int(token)
    except ValueError:
        try:
            return float(token)
        except ValueError as e:
            raise Invalid(token) from e


def bench(n):
    tokens = [str(i) if i % 3 else ("%d.5" % i if i % 2 else "x%d" % i) for i in range(n)]
    ints = floats = bad = 0
    for t in tokens:
        try:
            v = convert(t)
        except Invalid as e:
            if isinstance(e.__cause__, ValueError):
                bad += 1
            continue
        if type(v) is int:
            ints += 1
        else:
            floats += 1
    table = {i: i * 3 for i in range(0, n, 2)}
    found = missing = invalid = 0
    for k in range(n // 2):
        try:
            lookup(table, k, k % 4)
            found += 1
        except NotFound:
            missing += 1
        except AppError:
            invalid += 1
    tracker = Tracker()
    finals = 0
    for i in range(n // 2):
        try:
            with tracker:
                if i % 5 == 0:
                    raise Invalid(i)
                if i % 7 == 0:
                    raise KeyError(i)
        except KeyError:
            pass
        finally:
            finals += 1
    reraised = 0
    for i in range(n // 10):
        try:
            try:
                raise NotFound(i)
            except AppError:
                raise
        except NotFound as e:
            reraised += e.key == i
    default_hits = 0
    counts = {}
    for i in range(n // 2):
        k = i % 101
        try:
            counts[k] += 1
        except KeyError:
            counts[k] = 1
            default_hits += 1
    return ints, floats, bad, found, missing, invalid, tracker, finals, reraised, default_hits


def check(n, result):
    ints, floats, bad, found, missing, invalid, tracker, finals, reraised, default_hits = result
    e_ints = sum(1 for i in range(n) if i % 3)
    e_floats = sum(1 for i in range(n) if i % 3 == 0 and i % 2)
    if (ints, floats, bad) != (e_ints, e_floats, n - e_ints - e_floats):
        return "conversion counts %r" % ((ints, floats, bad),)
    e_missing = sum(1 for k in range(n // 2) if k % 2)
    e_invalid = sum(1 for k in range(n // 2) if k % 2 == 0 and (k * 3) % 11 == 0)
    if (missing, invalid, found) != (e_missing, e_invalid, n // 2 - e_missing - e_invalid):
        return "lookup counts"
    if tracker.entered != n // 2 or tracker.exited != n // 2 or finals != n // 2:
        return "context manager counts"
    if tracker.suppressed != sum(1 for i in range(n // 2) if i % 5 == 0):
        return "suppressed count"
    if reraised != n // 10:
        return "re-raise"
    if default_hits != min(101, n // 2):
        return "KeyError defaults"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("exc_loop: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("exc_loop", n, result[:6])
