"""connect4: game-tree search for Connect Four with alpha-beta pruning.

usage: krait bench/connect4.py [n]      n = search depth in plies

A Board object with small methods (play, undo, legal moves, win test,
heuristic evaluation over precomputed lines), searched with negamax and
alpha-beta from a few opening positions.  Self-check: alpha-beta must give
the same value as plain negamax at a shallower depth, and the best move's
value must be reproduced by re-searching after playing it.
"""
import sys

DEFAULT = 7
TINY = 3
SMALL = 4  # callgrind size: about 1/20 of the default work
ROWS, COLS = 6, 7
WIN = 1000000


def all_lines():
    lines = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + k * dr, c + k * dc) for k in range(4)]
                if all(0 <= rr < ROWS and 0 <= cc < COLS for rr, cc in cells):
                    lines.append([rr * COLS + cc for rr, cc in cells])
    return lines


LINES = all_lines()
LINES_THROUGH = [[line for line in LINES if i in line] for i in range(ROWS * COLS)]
ORDER = [3, 2, 4, 1, 5, 0, 6]


class Board:
    def __init__(self):
        self.cells = [0] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.player = 1
        self.history = []

    def legal(self):
        return [c for c in ORDER if self.heights[c] < ROWS]

    def play(self, col):
        i = self.heights[col] * COLS + col
        self.cells[i] = self.player
        self.heights[col] += 1
        self.history.append(i)
        self.player = -self.player

    def undo(self):
        i = self.history.pop()
        self.cells[i] = 0
        self.heights[i % COLS] -= 1
        self.player = -self.player

    def last_move_wins(self):
        if not self.history:
            return False
        i = self.history[-1]
        who = self.cells[i]
        cells = self.cells
        for line in LINES_THROUGH[i]:
            if cells[line[0]] == who and cells[line[1]] == who and \
               cells[line[2]] == who and cells[line[3]] == who:
                return True
        return False

    def evaluate(self):
        """Heuristic from the side to move: open lines weighted by how full they are."""
        score = 0
        cells = self.cells
        for line in LINES:
            mine = theirs = 0
            for i in line:
                v = cells[i]
                if v == self.player:
                    mine += 1
                elif v:
                    theirs += 1
            if theirs == 0:
                score += (0, 1, 4, 16, 0)[mine]
            elif mine == 0:
                score -= (0, 1, 4, 16, 0)[theirs]
        return score


class Searcher:
    def __init__(self, board):
        self.board = board
        self.nodes = 0

    def negamax(self, depth):
        self.nodes += 1
        b = self.board
        if b.last_move_wins():
            return -WIN
        moves = b.legal()
        if not moves:
            return 0
        if depth == 0:
            return b.evaluate()
        best = -WIN - 1
        for m in moves:
            b.play(m)
            v = -self.negamax(depth - 1)
            b.undo()
            if v > best:
                best = v
        return best

    def alphabeta(self, depth, alpha, beta):
        self.nodes += 1
        b = self.board
        if b.last_move_wins():
            return -WIN
        moves = b.legal()
        if not moves:
            return 0
        if depth == 0:
            return b.evaluate()
        for m in moves:
            b.play(m)
            v = -self.alphabeta(depth - 1, -beta, -alpha)
            b.undo()
            if v >= beta:
                return v
            if v > alpha:
                alpha = v
        return alpha

    def best_move(self, depth):
        best, best_v = None, -WIN - 2
        for m in self.board.legal():
            self.board.play(m)
            v = -self.alphabeta(depth - 1, -WIN - 1, -best_v)
            self.board.undo()
            if v > best_v:
                best, best_v = m, v
        return best, best_v


OPENINGS = [[], [3, 3], [3, 2, 4], [0, 6, 1, 5], [3, 3, 3, 2, 2]]


def bench(n):
    out = []
    nodes = 0
    for opening in OPENINGS:
        b = Board()
        for m in opening:
            b.play(m)
        s = Searcher(b)
        move, value = s.best_move(n)
        nodes += s.nodes
        out.append((opening, move, value))
    return out, nodes


def check(n, result):
    out, nodes = result
    shallow = min(n, 3)
    for opening, move, value in out:
        b = Board()
        for m in opening:
            b.play(m)
        s = Searcher(b)
        full = s.negamax(shallow)
        ab = s.alphabeta(shallow, -WIN - 1, WIN + 1)
        if full != ab:
            return "alpha-beta %d != negamax %d after %r" % (ab, full, opening)
        if move not in b.legal():
            return "illegal best move %r" % move
        b.play(move)
        again = -Searcher(b).alphabeta(n - 1, -WIN - 1, WIN + 1)
        if again != value:
            return "re-search of best move gives %d, not %d" % (again, value)
        if len(b.cells) != ROWS * COLS:
            return "board corrupted"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("connect4: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("connect4", n, result[1], [(m, v) for _, m, v in result[0]])
