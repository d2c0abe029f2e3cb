# requires: pycodestyle pyflakes
# pycodestyle + pyflakes: lint source text as an editor plugin would.
import io, sys
import pycodestyle
from pyflakes import api as flakes_api
from pyflakes import reporter as flakes_reporter

SRC = '''import os, sys
import json
def f( a,b ):
    x=1
    if a == None :
        return b
    l = lambda: 0
    return undefined_name+a
class  C:
  def m(self): pass
very_long_line = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
def g():
    try:
        pass
    except:
        pass
    return f"{x}"
'''

class Collect(pycodestyle.BaseReport):
    def __init__(self, options):
        super().__init__(options)
        self.items = []
    def error(self, line_number, offset, text, check):
        code = super().error(line_number, offset, text, check)
        if code:
            self.items.append((line_number, offset, text))
        return code

style = pycodestyle.StyleGuide(quiet=True, max_line_length=79)
checker = pycodestyle.Checker("mem.py", lines=SRC.splitlines(True), options=style.options, report=Collect(style.options))
checker.check_all()
for item in checker.report.items:
    print(*item)
print("total", checker.report.total_errors, sorted(checker.report.counters.items())[:5])

out, err = io.StringIO(), io.StringIO()
n = flakes_api.check(SRC, "mem.py", flakes_reporter.Reporter(out, err))
print("pyflakes", n)
print(out.getvalue())
n = flakes_api.check("def broken(:\n", "bad.py", flakes_reporter.Reporter(out, err))
print(n, err.getvalue().splitlines()[0])
