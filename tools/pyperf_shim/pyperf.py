"""A stand-in for pyperf, so pyperformance's programs run unchanged.

tools/pyperf_run.py puts this folder on PYTHONPATH.  Each bench_* call runs
its function once with PYPERF_LOOPS loops (default 1) and prints the name
and, when the program's own result is printable, nothing else: timing is
the harness's job (it measures the whole process), so the output is the
same on every interpreter and can be compared.
"""

import argparse
import os
import sys
import time

perf_counter = time.perf_counter


def python_implementation():
    return sys.implementation.name.lower()


def python_has_jit():
    return False


def _loops():
    return int(os.environ.get("PYPERF_LOOPS", "1"))


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.args = None
        add = kwargs.get("add_cmdline_args")
        self._add_cmdline_args = add

    def parse_args(self, args=None):
        if self.args is None:
            self.args, _ = self.argparser.parse_known_args(args)
        return self.args

    def _ran(self, name):
        self.parse_args()
        print("ran", name)

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        for _ in range(_loops()):
            func(*args)
        self._ran(name)

    def bench_time_func(self, name, func, *args, inner_loops=None, metadata=None):
        func(_loops(), *args)
        self._ran(name)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        import asyncio
        for _ in range(_loops()):
            asyncio.run(func(*args))
        self._ran(name)

    def bench_command(self, name, command):
        import subprocess
        for _ in range(_loops()):
            subprocess.run(command, check=True)
        self._ran(name)
