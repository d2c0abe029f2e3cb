# traceback's caret anchors come from ast.parse of the failing line
import traceback


def div(a, b):
    return a / b


def index(d):
    return d["missing"]["x"]


def call(f):
    return f(1)(2)


for fn, arg in [(lambda: div(1, 0), None), (lambda: index({}), None), (lambda: call(lambda x: None), None)]:
    try:
        fn()
    except Exception:
        text = traceback.format_exc()
        print("\n".join(line for line in text.splitlines() if "File" not in line))
