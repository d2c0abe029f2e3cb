# requires: pygments markdown docutils json tabulate
# Packages' command-line entry points run as `python -m ...` through
# sys.executable, as users and build scripts run them.
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "code.py")
with open(src, "w") as f:
    f.write("def f(x):\n    return x + 1  # inc\n")
md = os.path.join(d, "doc.md")
with open(md, "w") as f:
    f.write("# Doc\n\n* a\n* b\n\n`code`\n")
rst = os.path.join(d, "doc.rst")
with open(rst, "w") as f:
    f.write("Title\n=====\n\nSome *text*.\n")
js = os.path.join(d, "data.json")
with open(js, "w") as f:
    f.write('{"b": [1, 2], "a": {"c": null}}')


def run(*args, stdin=None):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, input=stdin)
    print("$ python", " ".join(a.replace(d, "DIR") for a in args), "->", r.returncode)
    print(r.stdout.replace(d, "DIR"), end="")
    if r.returncode:
        print("stderr:", r.stderr.strip().splitlines()[-1:])


run("-m", "pygments", "-l", "python", "-f", "html", src)
run("-m", "pygments", "-l", "python", "-f", "terminal", src)
run("-m", "pygments", "-N", "x.rs")
run("-m", "pygments", "-L", "formatters")
run("-m", "pygments", "-l", "nosuchlexer", src)
run("-m", "markdown", md)
run("-m", "markdown", "-x", "toc", md)
run("-m", "json.tool", "--sort-keys", js)
run("-m", "json.tool", "--compact", js)
run("-m", "tabulate", "-1", "-f", "grid", stdin="a b\n1 2\n3 4\n")
run("-c", "import docutils.core, sys; sys.stdout.write(docutils.core.publish_string(open(sys.argv[1]).read(), writer_name='pseudoxml', settings_overrides={'output_encoding': 'unicode'}))", rst)
