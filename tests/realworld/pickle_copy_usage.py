# Pickle and deepcopy round trips of sympy, networkx, sortedcontainers and
# mpmath objects; sympify of strings, Fractions and Decimals.
# requires: sympy networkx sortedcontainers mpmath
import pickle, copy
from sympy import symbols, sin, Matrix, Rational, Integral, sqrt, pi
x, y = symbols('x y')
e = sin(x) * y + Rational(3, 4) * sqrt(x)
for proto in range(2, 6):
    s = pickle.dumps(e, proto)
    print(proto, pickle.loads(s) == e)
print(pickle.loads(pickle.dumps(Matrix([[x, 1], [2, y]]))), copy.deepcopy(Integral(x, (x, 0, pi))))
import networkx as nx
G = nx.petersen_graph()
H = pickle.loads(pickle.dumps(G))
print(nx.is_isomorphic(G, H), copy.deepcopy(G).number_of_edges(), G.copy().edges == G.edges)
from sortedcontainers import SortedList, SortedDict
print(pickle.loads(pickle.dumps(SortedList([3, 1, 2]))), copy.deepcopy(SortedDict(b=1, a=2)))
import mpmath
print(pickle.loads(pickle.dumps(mpmath.mpf('1.25'))), pickle.loads(pickle.dumps(mpmath.mpc(1, 2))))
import fractions, decimal
from sympy import nsimplify, Float, S
print(S(fractions.Fraction(3, 7)), Float(decimal.Decimal('1.1')), S('x**2 + 1'), S(2.5))
print(hash(x) == hash(symbols('x')), x in {x: 1}, sorted([y, x], key=str))
from sympy import sympify
print(sympify('sin(x)**2 + cos(x)**2').simplify(), sympify('2*x + 3 > 4'), sympify([1, 'x']))
