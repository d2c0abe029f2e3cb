# requires: simpleeval docopt termcolor
# simpleeval + docopt + termcolor: safe expression evaluation, CLI parsing, ANSI colouring.
from simpleeval import simple_eval, SimpleEval, EvalWithCompoundTypes, NameNotDefined, FunctionNotDefined, InvalidExpression
from docopt import docopt, DocoptExit
from termcolor import colored

print(simple_eval("21 + 21"), simple_eval("2 ** 10 / 4"), simple_eval("x * y - 1", names={"x": 3, "y": 7}))
print(simple_eval("'ab' * 3 + s.upper()", names={"s": "cd"}), simple_eval("1 if a > b else -1", names={"a": 1, "b": 2}))
print(simple_eval("square(11) + abs(-3)", functions={"square": lambda v: v * v, "abs": abs}))
print(simple_eval("a < b < c and not d", names={"a": 1, "b": 2, "c": 3, "d": False}), simple_eval("'x' in 'xyz'"))
s = SimpleEval(names={"pi": 3.14159})
s.functions["round"] = round
print(s.eval("round(pi * 2, 3)"), s.eval("(1 + 2) * 3 % 4"), s.eval("-pi // 1"))
e = EvalWithCompoundTypes(names={"d": {"k": [1, 2, 3]}})
print(e.eval("[x * 2 for x in d['k'] if x > 1]"), e.eval("{'a': 1, 'b': (2, 3)}"))
for bad in ["undefined + 1", "nofunc(1)", "__import__('os')", "9 ** 9999999", "'a' * 10**8", "x.__class__"]:
    try:
        print(simple_eval(bad, names={"x": 1}))
    except Exception as ex:
        print(type(ex).__name__, str(ex)[:80])
print(isinstance(NameNotDefined("a", "b"), InvalidExpression), FunctionNotDefined.__mro__[1].__name__)

doc = """Naval Fate.

Usage:
  naval_fate ship new <name>...
  naval_fate ship <name> move <x> <y> [--speed=<kn>]
  naval_fate ship shoot <x> <y>
  naval_fate mine (set|remove) <x> <y> [--moored|--drifting]
  naval_fate -h | --help
  naval_fate --version

Options:
  -h --help     Show this screen.
  --version     Show version.
  --speed=<kn>  Speed in knots [default: 10].
  --moored      Moored (anchored) mine.
  --drifting    Drifting mine.
"""
for argv in ["ship new Guardian Enterprise", "ship Guardian move 10 50 --speed=20", "mine set 1 2 --moored", "ship shoot 3 4"]:
    args = docopt(doc, argv.split(), version="1.0")
    print(sorted(args.items()))
try:
    docopt(doc, ["ship", "fly"])
except DocoptExit as ex:
    print("DocoptExit", str(ex).splitlines()[0])
print(repr(colored("hello", "red")), repr(colored("bold", "green", "on_white", attrs=["bold", "underline"])))
print(repr(colored("plain", None)), repr(colored("x", "cyan", attrs=["blink"])))
