#!/usr/bin/env python3
"""Warn where the C sources drift from STYLE.md (warnings, not errors).

  - files over 3,000 lines (split by concern)
  - functions over 100 lines with no comment right above them
  - extern functions not named kr_<subsystem>_... (statics are exempt)
  - comment density per file (STYLE.md aims for 0.25-0.35 comment lines
    per code line; reported, never enforced)

Usage: tools/check_style.py [--quiet] [files...]   (default: src/**/*.c)
Exit status is always 0: this is a report for reviewers.
"""
import glob
import re
import sys

FUNC_RE = re.compile(r"^(?!static\b)(?:[A-Za-z_][\w \*]*?\b)(\w+)\s*\(([^;]*)\)\s*$")
STATIC_FUNC_RE = re.compile(r"^static\b.*?\b(\w+)\s*\([^;]*\)\s*$")


def scan(path, quiet):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    warnings = []
    if len(lines) > 3000:
        warnings.append(f"{path}: {len(lines)} lines (over 3,000: split by concern)")
    code = comment = 0
    in_comment = False
    for ln in lines:
        s = ln.strip()
        if in_comment or s.startswith("/*") or s.startswith("//") or s.startswith("*"):
            comment += 1
            in_comment = ("*/" not in s) and (in_comment or s.startswith("/*"))
        elif s:
            code += 1
    generated = lines and "Generated" in lines[0]
    for i, ln in enumerate(lines):
        m = FUNC_RE.match(ln) or STATIC_FUNC_RE.match(ln)
        if not m or i + 1 >= len(lines) or lines[i + 1].strip() != "{":
            continue
        name = m.group(1)
        end = i + 1
        while end < len(lines) and lines[end] != "}":
            end += 1
        length = end - i
        above = lines[i - 1].strip() if i else ""
        if length > 100 and not above.endswith("*/") and not generated:
            warnings.append(f"{path}:{i + 1}: {name}() is {length} lines with no comment saying why")
        if not ln.startswith("static") and not name.startswith("kr_") and name not in ("main", "LLVMFuzzerTestOneInput"):
            warnings.append(f"{path}:{i + 1}: extern function {name}() lacks the kr_ prefix")
    density = comment / code if code else 0
    if not quiet:
        print(f"{path}: {code} code, {comment} comment lines ({density:.2f})")
    return warnings


def main():
    quiet = "--quiet" in sys.argv
    files = [a for a in sys.argv[1:] if not a.startswith("--")] or sorted(glob.glob("src/**/*.c", recursive=True))
    warnings = []
    for f in files:
        warnings += scan(f, quiet)
    for w in warnings:
        print("warning:", w)
    print(f"{len(files)} files, {len(warnings)} warnings")


if __name__ == "__main__":
    main()
