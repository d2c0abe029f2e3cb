# requires: tabulate
# tabulate: formats, alignment, numbers, missing values, multiline.
from tabulate import tabulate

rows = [["alice", 24, 1234.5, True], ["bob", 3, -0.001, False], ["carol", None, 1e6, None]]
headers = ["name", "age", "score", "ok"]
for fmt in ["plain", "simple", "grid", "pipe", "orgtbl", "rst", "html", "latex", "github", "fancy_grid", "psql", "tsv", "mediawiki", "jira", "presto", "rounded_outline"]:
    print(fmt)
    print(tabulate(rows, headers=headers, tablefmt=fmt, missingval="?"))
print(tabulate(rows, headers="firstrow", floatfmt=".2f", numalign="right", stralign="center"))
print(tabulate([{"a": 1, "b": "x"}, {"a": 22, "c": 3.5}], headers="keys", showindex=True))
print(tabulate({"col1": [1, 2, 3], "col2": ["a", "bb", "ccc"]}, headers="keys", tablefmt="grid"))
print(tabulate([["multi\nline", "x"], ["y", "z\nw"]], tablefmt="grid"))
print(tabulate([[1.23456789, "1.5"], [100, "abc"]], floatfmt=("", ".3f"), disable_numparse=False))
print(tabulate([["é", "ü"], ["中文", "x"]], headers=["h1", "h2"]))
print(tabulate([[1, 2], [3, 4]], headers=["a", "b"], tablefmt="simple", colalign=("left", "right")))
print(tabulate([["0x1F", "1e3", "  7 "]], tablefmt="plain"))
