"""sorting: sorting records with key functions, multi-key stable sorts, bisect and heapq.

usage: krait bench/sorting.py [n]      n = number of records

list.sort and sorted with lambda keys, operator.itemgetter/attrgetter,
tuple keys, reverse, functools.cmp_to_key, stability exploited by sorting
twice, plus heapq.nsmallest and bisect.insort to keep a sorted list.
Self-check: orderings verified pairwise, and the multi-pass sort compared
with a single sort on a tuple key.
"""
import bisect
import functools
import heapq
import operator
import sys

DEFAULT = 72000
TINY = 300
SMALL = 1500  # callgrind size: about 1/20 of the default work


class Employee:
    __slots__ = ("name", "dept", "age", "salary")

    def __init__(self, name, dept, age, salary):
        self.name = name
        self.dept = dept
        self.age = age
        self.salary = salary

    def __repr__(self):
        return "Employee(%r, %r, %d, %d)" % (self.name, self.dept, self.age, self.salary)


def make(n):
    out = []
    state = 42
    for i in range(n):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        out.append(Employee("e%05d" % (state % 99991), "d%d" % (state % 13),
                            20 + (state >> 8) % 45, 30000 + (state >> 4) % 90000))
    return out


def compare(a, b):
    if a.dept != b.dept:
        return -1 if a.dept < b.dept else 1
    return b.salary - a.salary


def bench(n):
    people = make(n)
    by_salary = sorted(people, key=operator.attrgetter("salary"))
    by_age_name = sorted(people, key=lambda e: (e.age, e.name))
    two_pass = sorted(people, key=lambda e: e.name)
    two_pass.sort(key=operator.attrgetter("dept"), reverse=True)
    by_cmp = sorted(people[: n // 3], key=functools.cmp_to_key(compare))
    rows = [(e.dept, -e.salary, e.name) for e in people]
    rows.sort()
    tuples = sorted(rows, key=operator.itemgetter(2, 0))
    youngest = heapq.nsmallest(10, people, key=lambda e: (e.age, e.name))
    ordered = []
    for e in people[: min(n, 4000)]:
        bisect.insort(ordered, e.salary)
    strs = sorted((e.name for e in people), key=str.lower, reverse=True)
    return people, by_salary, by_age_name, two_pass, by_cmp, rows, tuples, youngest, ordered, strs


def nondecreasing(seq, key):
    return all(key(seq[i]) <= key(seq[i + 1]) for i in range(len(seq) - 1))


def check(n, result):
    people, by_salary, by_age_name, two_pass, by_cmp, rows, tuples, youngest, ordered, strs = result
    if not nondecreasing(by_salary, lambda e: e.salary):
        return "by salary"
    if not nondecreasing(by_age_name, lambda e: (e.age, e.name)):
        return "by age, name"
    single = sorted(people, key=lambda e: e.name)
    single.sort(key=lambda e: e.dept, reverse=True)
    if [id(e) for e in single] != [id(e) for e in two_pass]:
        return "stable two-pass sort"
    if any(two_pass[i].dept < two_pass[i + 1].dept for i in range(len(two_pass) - 1)):
        return "reverse dept order"
    if not nondecreasing(by_cmp, lambda e: (e.dept, -e.salary)):
        return "cmp_to_key order"
    if not nondecreasing(rows, lambda r: r) or not nondecreasing(tuples, lambda r: (r[2], r[0])):
        return "tuple rows"
    if youngest != by_age_name[:10]:
        return "nsmallest"
    if ordered != sorted(e.salary for e in people[: min(n, 4000)]):
        return "insort"
    if not nondecreasing(strs[::-1], str.lower):
        return "reverse string sort"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("sorting: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("sorting", n, result[1][0].salary, result[7][0].name)
