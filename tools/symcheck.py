#!/usr/bin/python3.11
"""symcheck.py -- krait's symbol tables against python3.11's, file by file.

    tools/symcheck.py [--krait build/krait] [-j N] [-v] [PATH ...]

Each PATH is a .py file or a directory searched recursively (default:
/usr/lib/python3.11).  For every file, `krait -X dump-symtable FILE` (run in
parallel) must print exactly the text this script derives from
`symtable.symtable(source, FILE, 'exec')` (computed here, in one process):
one line per block (type, name, line, is_optimized, is_nested,
has_children), for functions the parameter/locals/globals/nonlocals/frees
lists, and one line per symbol with its raw flags word and every is_*
predicate; or, when the symbol table pass fails, one `error ...` line with
the exception's message and position.

With --render, files whose symbol table fails are also run as
`python3.11 FILE` (nothing executes: compilation fails first) and krait's
stderr must match that SyntaxError report byte for byte.  tests/symtable/
holds such a corpus: `tools/symcheck.py --render tests/symtable`.

Files that python3.11 cannot even parse are skipped (that is the parser's
test, tools/astcheck.py).  Exit status 0 when everything matched.
"""
import argparse
import ast
import os
import subprocess
import symtable
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor

SCOPE_OFF = symtable.SCOPE_OFF
SCOPE_MASK = symtable.SCOPE_MASK
LOCAL, CELL, FREE = symtable.LOCAL, symtable.CELL, symtable.FREE
GLOBALS = (symtable.GLOBAL_IMPLICIT, symtable.GLOBAL_EXPLICIT)


def scope_of(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


CODE_NAMES = {'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
              'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}
# co_flags bits the symbol table decides (OPTIMIZED .. ASYNC_GENERATOR)
SCOPE_FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def match_code(table, code, found):
    """Pair each child table of table with the code object compiled for it
    (found: id(raw table) -> code).  Nested code objects sit in their
    parent's co_consts; a child is matched by name and by the nearest first
    line not after its own (decorators start a function's code earlier).
    Code the compiler eliminated (`if 0:` bodies) stays unmatched."""
    consts = [c for c in code.co_consts if isinstance(c, type(code))]
    used = set()
    for child in table.get_children():
        name = CODE_NAMES.get(child.get_name(), child.get_name())
        idents = set(child.get_identifiers())
        best = best_key = None
        for i, c in enumerate(consts):
            if i in used or c.co_name != name or c.co_firstlineno > child.get_lineno():
                continue
            # siblings on one line compile in another order than the symbol
            # table visits them (a comprehension's outermost iterable is
            # compiled after its body): take only code whose names fit the
            # table, preferring the one sharing most names with it
            names = set(c.co_varnames + c.co_cellvars + c.co_freevars) - {'__class__'}
            if not names <= idents:
                continue    # not this table's code (or its code was never made)
            key = (c.co_firstlineno, len((names | set(c.co_names)) & idents))
            if best is None or key > best_key:
                best, best_key = i, key
        if best is not None:
            used.add(best)
            found[id(child._table)] = consts[best]
            match_code(child, consts[best], found)


def code_line(co):
    if co is None:
        return 'code: ?'
    return (f"code: flags={co.co_flags & SCOPE_FLAGS} cells={','.join(sorted(co.co_cellvars))} "
            f"frees={','.join(sorted(co.co_freevars))}")


def dump_table(t, depth, out, codes):
    ind = '  ' * depth
    raw = t._table
    out.append(f"{ind}{t.get_type()} {t.get_name()} line={t.get_lineno()} "
               f"optimized={int(t.is_optimized())} nested={int(t.is_nested())} "
               f"children={int(t.has_children())}")
    syms = raw.symbols
    if isinstance(t, symtable.Function):
        # get_parameters() in the table's own order; the other lists sorted
        # (free names enter CPython's dict in set order, which varies)
        out.append(f"{ind}  params:" + ''.join(' ' + p for p in t.get_parameters()))
        for label, names in (('locals', t.get_locals()), ('globals', t.get_globals()),
                             ('nonlocals', t.get_nonlocals()), ('frees', t.get_frees())):
            out.append(f"{ind}  {label}:" + ''.join(' ' + n for n in sorted(names)))
    if t.get_type() != 'module':
        out.append(f"{ind}  " + code_line(codes.get(id(raw))))
    for name in sorted(syms):
        s = t.lookup(name)
        preds = (('ref', s.is_referenced()), ('imp', s.is_imported()),
                 ('param', s.is_parameter()), ('global', s.is_global()),
                 ('nonlocal', s.is_nonlocal()), ('declglobal', s.is_declared_global()),
                 ('local', s.is_local()), ('annot', s.is_annotated()),
                 ('free', s.is_free()), ('assigned', s.is_assigned()),
                 ('ns', s.is_namespace()))
        out.append(f"{ind}  sym {name} {syms[name]} "
                   + ' '.join(f"{k}={int(bool(v))}" for k, v in preds))
    for c in t.get_children():
        dump_table(c, depth + 1, out, codes)


def expected(path):
    """python3.11's canonical text for path, or None if it does not parse."""
    with open(path, 'rb') as f:
        src = f.read()
    try:
        ast.parse(src, path)
    except RecursionError:
        pass    # parsed, but too deep to convert to Python objects
    except (SyntaxError, ValueError, MemoryError):
        return None, False
    try:
        top = symtable.symtable(src, path, 'exec')
    except SyntaxError as e:
        pos = tuple(0 if v is None else v
                    for v in (e.lineno, e.offset, e.end_lineno, e.end_offset))
        return (f"error {type(e).__name__}: {e.msg} ({pos[0]}, {pos[1]}, {pos[2]}, {pos[3]})\n",
                True)
    except RecursionError as e:
        # CPython's limit counts this process's Python frames (3 nodes per
        # frame): near the limit the verdict of a script (no frames) can
        # differ, so files this deep should stay clear of the boundary
        return f"error RecursionError: {e}\n", True
    codes = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            code = compile(src, path, 'exec', dont_inherit=True)
        match_code(top, code, codes)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass    # a compiler-stage error: no code objects to compare with
    out = []
    dump_table(top, 0, out, codes)
    return '\n'.join(out) + '\n', False


def run_krait(krait, path):
    p = subprocess.run([krait, '-X', 'dump-symtable', path], capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def render_cpython(path):
    p = subprocess.run([sys.executable, path], capture_output=True, timeout=60)
    return p.stderr.decode('utf-8', 'replace')


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith('.py'))
        else:
            files.append(p)
    # python3.11 FILE reports the script's absolute path: use it on both sides
    files = [os.path.abspath(f) for f in files]
    return files


def same(want, got):
    """Equal, except that an expected `code: ?` line (no code object to
    compare with) matches any code line."""
    if want == got:
        return True
    wl, gl = want.split('\n'), got.split('\n')
    if len(wl) != len(gl):
        return False
    for w, g in zip(wl, gl):
        if w != g and not (w.strip() == 'code: ?' and g.strip().startswith('code: ')
                           and w[:len(w) - len(w.lstrip())] == g[:len(g) - len(g.lstrip())]):
            return False
    return True


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else '<end>'
        y = bl[i] if i < len(bl) else '<end>'
        if x != y and not same(x, y):
            return f"line {i + 1}:\n    cpython: {x}\n    krait:   {y}"
    return "(identical lines, different endings)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--krait', default='build/krait')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 2)
    ap.add_argument('-v', action='store_true', help='show every mismatch in full')
    ap.add_argument('--render', action='store_true',
                    help='also compare the printed SyntaxError report of failing files')
    ap.add_argument('paths', nargs='*', default=['/usr/lib/python3.11'])
    args = ap.parse_args()

    files = collect(args.paths)
    with ThreadPoolExecutor(args.j) as pool:
        kfut = {f: pool.submit(run_krait, args.krait, f) for f in files}
        exp = {}
        for f in files:
            try:
                exp[f] = expected(f)
            except Exception as e:  # unreadable file etc.
                exp[f] = (None, False)
        rfut = {f: pool.submit(render_cpython, f)
                for f in files if args.render and exp[f][1]}

        ok = bad = skipped = errors = 0
        for f in files:
            want, is_error = exp[f]
            if want is None:
                skipped += 1
                continue
            try:
                rc, got, err = kfut[f].result()
            except subprocess.TimeoutExpired:
                rc, got, err = -1, '<timeout>\n', ''
            problem = None
            if rc < 0 or 'Sanitizer' in err:
                problem = f"krait crashed (status {rc}):\n{err[-2000:]}"
            elif not same(want, got):
                problem = first_diff(want, got)
                if args.v:
                    problem += f"\n--- cpython\n{want}--- krait\n{got}"
            elif is_error and args.render:
                cp = rfut[f].result()
                if cp != err:
                    problem = f"report differs:\n--- cpython\n{cp}--- krait\n{err}"
            if problem:
                bad += 1
                print(f"FAIL {f}: {problem}")
            else:
                ok += 1
                errors += is_error
    print(f"symcheck: {ok} identical ({errors} of them errors), {bad} different, "
          f"{skipped} skipped (python3.11 cannot parse them)")
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
