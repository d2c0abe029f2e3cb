import sys, io

class BrokenStr(Exception):
    def __str__(self):
        raise ValueError("no")

for exc in (ValueError("test message"), BrokenStr("x")):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        try:
            raise exc
        except Exception:
            sys.__excepthook__(*sys.exc_info())
        report = sys.stderr.getvalue()
    finally:
        sys.stderr = old
    print(report.splitlines()[0], "raise exc" in report, report.splitlines()[-1], report.endswith("\n"))
