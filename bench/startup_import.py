"""startup_import: interpreter start-up plus importing large stdlib modules.

usage: krait bench/startup_import.py [n]      n = argparse command lines parsed after the imports

What every command-line tool pays before doing anything: start the
interpreter, import argparse, typing, and the modules they pull in
(re, gettext, os, collections, functools...), build a parser and parse a
command line.  The time is dominated by start-up and import (compiling or
loading cached code, executing module bodies), so n is small.
The harness also measures `-c pass` on its own (the `startup` row).
Self-check: the parsed namespace and a typing generic behave as specified.
"""
import sys
import argparse
import typing

DEFAULT = 1
TINY = 1
SMALL = 1  # callgrind size: about 1/20 of the default work

T = typing.TypeVar("T")


class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: typing.List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


def make_parser():
    p = argparse.ArgumentParser(prog="tool", description="a tool")
    p.add_argument("paths", nargs="+")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--jobs", "-j", type=int, default=1)
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--dry-run", action="store_true")
    group.add_argument("--force", action="store_true")
    return p


def bench(n):
    out = []
    for i in range(n):
        p = make_parser()
        out.append(p.parse_args(["-vv", "-j", str(4 + i), "--mode", "slow", "a.py", "b.py"]))
    hints = typing.get_type_hints(Stack.push)
    s = Stack[int]()
    s.push(3)
    return out, hints, s


def check(n, result):
    out, hints, s = result
    ns = out[0]
    if (ns.verbose, ns.jobs, ns.mode, ns.paths) != (2, 4, "slow", ["a.py", "b.py"]):
        return "parsed %r" % ns
    if hints.get("return") is not type(None) or s.items != [3]:
        return "typing"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("startup_import: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("startup_import", n)
