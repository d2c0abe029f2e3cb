"""expr_parser: tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language.

usage: krait bench/expr_parser.py [n]      n = number of generated programs

A hand-written lexer (character classes, str methods, a keyword table), a
Pratt/recursive-descent parser building node objects, a constant folder,
and an evaluator with environments and user functions -- the shape of
template engines, config parsers and query languages written in Python.
Self-check: each program's expressions are also translated to Python
source and evaluated with eval(), and the results compared.
"""
import sys

DEFAULT = 4500
TINY = 10
SMALL = 100  # callgrind size: about 1/20 of the default work

KEYWORDS = {"let", "fn", "if", "then", "else", "end"}
PRECEDENCE = {"or": 1, "and": 2, "<": 3, ">": 3, "==": 3, "+": 4, "-": 4, "*": 5, "/": 5, "%": 5}
OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b if b else 0, "%": lambda a, b: a % b if b else 0,
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "==": lambda a, b: int(a == b),
    "and": lambda a, b: b if a else a, "or": lambda a, b: a if a else b,
}


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos


def tokenize(src):
    tokens = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            kind = "kw" if word in KEYWORDS else "op" if word in ("and", "or") else "name"
            tokens.append(Token(kind, word, i))
            i = j
        elif src.startswith("==", i):
            tokens.append(Token("op", "==", i))
            i += 2
        elif c in "+-*/%<>(),=;":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (c, i))
    tokens.append(Token("eof", "", n))
    return tokens


class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def py(self):
        return str(self.v)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        while env is not None:
            if self.name in env[0]:
                return env[0][self.name]
            env = env[1]
        raise NameError(self.name)

    def py(self):
        return self.name


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.fn = OPS[op]

    def eval(self, env):
        return self.fn(self.left.eval(env), self.right.eval(env))

    def py(self):
        return "_op(%r, %s, %s)" % (self.op, self.left.py(), self.right.py())


class If:
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def eval(self, env):
        return self.then.eval(env) if self.cond.eval(env) else self.other.eval(env)

    def py(self):
        return "(%s if %s else %s)" % (self.then.py(), self.cond.py(), self.other.py())


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        fn = Var(self.name).eval(env)
        return fn.call([a.eval(env) for a in self.args])

    def py(self):
        return "%s(%s)" % (self.name, ", ".join(a.py() for a in self.args))


class Function:
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def call(self, args):
        return self.body.eval((dict(zip(self.params, args)), self.env))


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise SyntaxError("expected %r at %d, got %r" % (text, t.pos, t.text))
        return t

    def program(self):
        lets = []
        while self.peek().text == "let":
            self.next()
            name = self.next().text
            if self.peek().text == "(":
                self.next()
                params = []
                while self.peek().text != ")":
                    params.append(self.next().text)
                    if self.peek().text == ",":
                        self.next()
                self.next()
                self.expect("=")
                lets.append((name, params, self.expr(0)))
            else:
                self.expect("=")
                lets.append((name, None, self.expr(0)))
            self.expect(";")
        body = self.expr(0)
        return lets, body

    def expr(self, min_prec):
        left = self.atom()
        while True:
            t = self.peek()
            prec = PRECEDENCE.get(t.text) if t.kind == "op" else None
            if prec is None or prec <= min_prec:
                return left
            self.next()
            left = fold(BinOp(t.text, left, self.expr(prec)))

    def atom(self):
        t = self.next()
        if t.kind == "num":
            return Num(int(t.text))
        if t.text == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        if t.text == "if":
            c = self.expr(0)
            self.expect("then")
            a = self.expr(0)
            self.expect("else")
            b = self.expr(0)
            self.expect("end")
            return If(c, a, b)
        if t.text == "-":
            return fold(BinOp("-", Num(0), self.atom()))
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                while self.peek().text != ")":
                    args.append(self.expr(0))
                    if self.peek().text == ",":
                        self.next()
                self.next()
                return Call(t.text, args)
            return Var(t.text)
        raise SyntaxError("unexpected %r at %d" % (t.text, t.pos))


def fold(node):
    if type(node.left) is Num and type(node.right) is Num:
        return Num(node.fn(node.left.v, node.right.v))
    return node


def run(src):
    lets, body = Parser(tokenize(src)).program()
    env = ({}, None)
    for name, params, e in lets:
        env[0][name] = Function(params, e, env) if params is not None else e.eval(env)
    return body.eval(env), lets, body


def generate(k):
    s = k * 2654435761 % 4294967296
    parts = []

    def rnd(m):
        nonlocal s
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        return (s >> 8) % m

    def expr(depth):
        if depth == 0 or rnd(4) == 0:
            return str(rnd(50)) if rnd(3) else "abcd"[rnd(4)]
        r = rnd(10)
        if r == 0:
            return "if %s then %s else %s end" % (expr(depth - 1), expr(depth - 1), expr(depth - 1))
        if r == 1:
            return "f(%s, %s)" % (expr(depth - 1), expr(depth - 1))
        if r == 2:
            return "(%s)" % expr(depth - 1)
        op = ["+", "-", "*", "/", "%", "<", "==", "and", "or", "+"][rnd(10)]
        return "%s %s %s" % (expr(depth - 1), op, expr(depth - 1))

    for name in "abcd":
        parts.append("let %s = %s;" % (name, rnd(100) - 30))
    parts.append("let f(x, y) = x * 3 + y %% 7 - %d;" % rnd(9))
    parts.append(expr(6))
    return "\n".join(parts)


def _op(op, a, b):
    return OPS[op](a, b)


def bench(n):
    results = []
    for k in range(n):
        src = generate(k)
        value, lets, body = run(src)
        results.append((src, value, lets, body))
    return results


def check(n, results):
    for src, value, lets, body in results[:: max(1, n // 200)]:
        env = {"_op": _op}
        for name, params, e in lets:
            if params is None:
                env[name] = eval(e.py(), env)
            else:
                env[name] = eval("lambda %s: %s" % (", ".join(params), e.py()), env)
        expect = eval(body.py(), env)
        if expect != value:
            return "program gives %r, Python says %r:\n%s" % (value, expect, src)
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("expr_parser: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("expr_parser", n, sum(v for _, v, _, _ in result) % 1000003)
