# requires: toolz funcy
# toolz + funcy: functional pipelines over data as users chain them.
from toolz import (pipe, compose, curry, groupby, frequencies, merge_with, valmap, keyfilter,
                   partition_all, sliding_window, unique, interleave, take, drop, concat,
                   get_in, assoc_in, update_in, reduceby, topk, countby, juxt, memoize, accumulate)
from toolz.curried import map as cmap, filter as cfilter
import funcy

data = [{"name": "ann", "dept": "eng", "pay": 120}, {"name": "bob", "dept": "ops", "pay": 90},
        {"name": "cat", "dept": "eng", "pay": 140}, {"name": "dan", "dept": "ops", "pay": 85}]
print(groupby("dept", data))
print(reduceby("dept", lambda acc, r: acc + r["pay"], data, 0))
print(pipe(data, cfilter(lambda r: r["pay"] > 88), cmap(lambda r: r["name"]), list))
print(frequencies("mississippi"), countby(lambda x: x % 3, range(10)))
print(merge_with(sum, {"a": 1, "b": 2}, {"a": 3, "c": 4}), valmap(len, {"x": "abc", "y": ""}), keyfilter(str.isupper, {"A": 1, "b": 2}))
print(list(partition_all(3, range(8))), list(sliding_window(3, "abcde")), list(unique([3, 1, 3, 2, 1])))
print(list(take(5, interleave([range(3), "ab", [9, 8, 7, 6]]))), list(drop(2, concat([[1, 2], [3], [4, 5]]))))
cfg = {"db": {"host": "x", "ports": [1, 2]}}
print(get_in(["db", "ports", 1], cfg), assoc_in(cfg, ["db", "user"], "root"), update_in(cfg, ["db", "host"], str.upper))
print(topk(2, [5, 1, 9, 3], key=lambda v: -v), juxt(min, max, sum)([4, 2, 8]), list(accumulate(lambda a, b: a * b, [1, 2, 3, 4])))
@curry
def scale(k, x):
    return k * x
print(compose(str, scale(3), abs)(-4), list(map(scale(2), [1, 2])))
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

print(funcy.lmap(lambda x: x * x, range(5)), funcy.lfilter(funcy.even, range(10)), funcy.lremove(funcy.odd, range(6)))
print(funcy.lchunks(2, range(5)), funcy.lpartition(2, 1, "abcd"), funcy.lflatten([1, [2, [3, [4]]]]))
print(funcy.walk_values(str, {"a": 1}), funcy.select_keys(lambda k: k > 1, {1: "a", 2: "b"}), funcy.project({"a": 1, "b": 2, "c": 3}, ["a", "c"]))
print(funcy.merge({"a": 1}, {"b": 2}), funcy.zipdict("abc", range(3)), funcy.flip({"a": 1, "b": 2}))
print(funcy.first(x for x in range(10) if x > 6), funcy.last([1, 2, 3]), funcy.nth(2, "abcd"), funcy.ldistinct("abracadabra"))
print(funcy.re_all(r"\d+", "a1 b22 c333"), funcy.re_find(r"(\w)(\d)", "x5"), funcy.str_join("-", [1, 2, 3]))
print(funcy.lsplit_at(2, range(5)), funcy.lsplit(funcy.even, range(6)), funcy.group_by(len, ["a", "bb", "c"]))
@funcy.retry(3, errors=ValueError)
def flaky(state=[0]):
    state[0] += 1
    if state[0] < 3:
        raise ValueError("again")
    return state[0]
print(flaky())
@funcy.memoize
def sq(x):
    return x * x
print(sq(9), sq(9), funcy.compose(str, sq)(3), funcy.rcompose(sq, str)(4), funcy.partial(pow, 2)(10))
@funcy.decorator
def logged(call):
    return f"call:{call._func.__name__}:{call()}"
@logged
def hello():
    return "hi"
print(hello(), funcy.silent(int)("x"), funcy.ignore(ZeroDivisionError, default=-1)(lambda: 1 / 0)())
print(list(funcy.with_prev([1, 2, 3])), list(funcy.pairwise("abc")), funcy.count_by(funcy.even, range(7)))
