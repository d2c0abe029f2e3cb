"""csp_solver: a finite-domain constraint solver (propagation + search) on sudoku and n-queens.

usage: krait bench/csp_solver.py [n]      n = number of puzzles solved

Objects with small methods: Variables hold domains as sets, Constraints
(AllDifferent, NotEqualOffset) are revised until a fixed point with a
work queue, and search backtracks by saving and restoring domains.
Self-check: every solution is verified against the puzzle's rules by an
independent checker, and every sudoku keeps its given clues.
"""
import sys

DEFAULT = 500
TINY = 2
SMALL = 10  # callgrind size: about 1/20 of the default work

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "2...8.3...6..7..84.3.5..2.9...1.54.8.........4.27.6...3.1..7.4.72..4..6...4.1...3",
    "......9.7...42.18....7.5.261..9.4....5.....4....5.7..992.1.8....34.59...5.7......",
    ".3..5..4...8.1.5..46.....12.7.5.2.8....6.3....4.1.9.3.25.....98..1.2.6...8..6..2.",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
]


class Variable:
    __slots__ = ("name", "domain", "constraints")

    def __init__(self, name, domain):
        self.name = name
        self.domain = set(domain)
        self.constraints = []

    def assigned(self):
        return len(self.domain) == 1

    def value(self):
        for v in self.domain:
            return v


class Constraint:
    def __init__(self, variables):
        self.variables = variables
        for v in variables:
            v.constraints.append(self)

    def revise(self, trail):
        """Shrink domains; return the changed variables, or None on a wipe-out."""
        raise NotImplementedError


class AllDifferent(Constraint):
    def revise(self, trail):
        changed = []
        for v in self.variables:
            if len(v.domain) == 1:
                x = v.value()
                for w in self.variables:
                    if w is not v and x in w.domain:
                        trail.append((w, set(w.domain)))
                        w.domain.discard(x)
                        if not w.domain:
                            return None
                        changed.append(w)
        # hidden single: a value that only one variable can still take
        counts = {}
        for v in self.variables:
            for x in v.domain:
                counts[x] = counts.get(x, 0) + 1
        for x, c in counts.items():
            if c == 1:
                for v in self.variables:
                    if x in v.domain and len(v.domain) > 1:
                        trail.append((v, set(v.domain)))
                        v.domain = {x}
                        changed.append(v)
        return changed


class NotEqualOffset(Constraint):
    """a != b + offset and b != a - offset (queens on a diagonal)."""

    def __init__(self, a, b, offset):
        Constraint.__init__(self, [a, b])
        self.a = a
        self.b = b
        self.offset = offset

    def revise(self, trail):
        changed = []
        a, b, off = self.a, self.b, self.offset
        if a.assigned():
            bad = a.value() - off
            if bad in b.domain:
                trail.append((b, set(b.domain)))
                b.domain.discard(bad)
                if not b.domain:
                    return None
                changed.append(b)
        if b.assigned():
            bad = b.value() + off
            if bad in a.domain:
                trail.append((a, set(a.domain)))
                a.domain.discard(bad)
                if not a.domain:
                    return None
                changed.append(a)
        return changed


class Solver:
    def __init__(self, variables):
        self.variables = variables
        self.nodes = 0

    def propagate(self, queue, trail):
        pending = list(queue)
        seen = set(id(c) for c in pending)
        while pending:
            c = pending.pop()
            seen.discard(id(c))
            changed = c.revise(trail)
            if changed is None:
                return False
            for v in changed:
                for c2 in v.constraints:
                    if id(c2) not in seen:
                        seen.add(id(c2))
                        pending.append(c2)
        return True

    def undo(self, trail, mark):
        while len(trail) > mark:
            v, dom = trail.pop()
            v.domain = dom

    def choose(self):
        best = None
        for v in self.variables:
            n = len(v.domain)
            if n > 1 and (best is None or n < len(best.domain)):
                best = v
        return best

    def search(self, trail):
        self.nodes += 1
        v = self.choose()
        if v is None:
            return True
        for x in sorted(v.domain):
            mark = len(trail)
            trail.append((v, set(v.domain)))
            v.domain = {x}
            if self.propagate(v.constraints, trail) and self.search(trail):
                return True
            self.undo(trail, mark)
        return False

    def solve(self):
        trail = []
        constraints = []
        for v in self.variables:
            for c in v.constraints:
                if c not in constraints:
                    constraints.append(c)
        if not self.propagate(constraints, trail):
            return False
        return self.search(trail)


def sudoku(puzzle):
    cells = [[Variable((r, c), range(1, 10)) for c in range(9)] for r in range(9)]
    for i, ch in enumerate(puzzle):
        if ch != ".":
            cells[i // 9][i % 9].domain = {int(ch)}
    for r in range(9):
        AllDifferent(cells[r])
    for c in range(9):
        AllDifferent([cells[r][c] for r in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            AllDifferent([cells[br + i][bc + j] for i in range(3) for j in range(3)])
    return cells


def queens(n):
    cols = [Variable(i, range(n)) for i in range(n)]
    AllDifferent(cols)
    for i in range(n):
        for j in range(i + 1, n):
            NotEqualOffset(cols[i], cols[j], j - i)
            NotEqualOffset(cols[i], cols[j], i - j)
    return cols


def sudoku_ok(puzzle, grid):
    units = [[(r, c) for c in range(9)] for r in range(9)]
    units += [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(br + i, bc + j) for i in range(3) for j in range(3)]
              for br in range(0, 9, 3) for bc in range(0, 9, 3)]
    for u in units:
        if sorted(grid[r][c] for r, c in u) != list(range(1, 10)):
            return False
    return all(ch == "." or int(ch) == grid[i // 9][i % 9] for i, ch in enumerate(puzzle))


def queens_ok(pos):
    n = len(pos)
    return (len(set(pos)) == n and len(set(pos[i] + i for i in range(n))) == n
            and len(set(pos[i] - i for i in range(n))) == n)


def bench(n):
    results = []
    for k in range(n):
        if k % 3 == 2:
            size = 8 + k % 7
            cols = queens(size)
            ok = Solver(cols).solve()
            results.append(("queens", None, [v.value() for v in cols] if ok else None))
        else:
            puzzle = PUZZLES[k % len(PUZZLES)]
            cells = sudoku(puzzle)
            ok = Solver([v for row in cells for v in row]).solve()
            results.append(("sudoku", puzzle,
                            [[v.value() for v in row] for row in cells] if ok else None))
    return results


def check(n, results):
    if len(results) != n:
        return "solved %d of %d" % (len(results), n)
    for kind, puzzle, sol in results:
        if sol is None:
            return "%s not solved" % kind
        if kind == "sudoku" and not sudoku_ok(puzzle, sol):
            return "bad sudoku solution"
        if kind == "queens" and not queens_ok(sol):
            return "bad queens solution %r" % sol
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("csp_solver: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("csp_solver", n, len(result))
