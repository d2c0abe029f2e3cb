# A traceback's frames keep the locals the exception left them with, as
# CPython's frame objects do: pytest prints a failed test's arguments from
# tb_frame.f_locals, traceback.TracebackException(capture_locals=True) too.
import sys
import traceback


def inner(a, b, expected):
    total = a + b
    assert total == expected, "mismatch"


def outer(n):
    items = list(range(n))
    def closure():
        return items[n]
    return closure()


def frames_of(exc):
    tb = exc.__traceback__
    out = []
    while tb:
        f = tb.tb_frame
        out.append((f.f_code.co_name, sorted((k, v) for k, v in f.f_locals.items()
                                             if not k.startswith("__") and not callable(v)
                                             and not isinstance(v, type(sys)) and " at 0x" not in repr(v))))
        tb = tb.tb_next
    return out


try:
    inner(5, 5, 11)
except AssertionError as e:
    for name, loc in frames_of(e):
        print(name, loc)

try:
    outer(3)
except IndexError as e:
    for name, loc in frames_of(e):
        print(name, loc)
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print([sorted((k, v) for k, v in fs.locals.items() if " at 0x" not in v) for fs in te.stack][1:])


def gen(limit):
    step = 0
    while True:
        step += 1
        if step > limit:
            raise ValueError(f"step {step}")
        yield step


try:
    for _ in gen(2):
        pass
except ValueError as e:
    print(frames_of(e)[-1])


def deep(k):
    if k == 0:
        local_at_bottom = "bottom"
        raise KeyError(k)
    marker = k * 10
    deep(k - 1)


try:
    deep(3)
except KeyError as e:
    for name, loc in frames_of(e):
        print(name, loc)


