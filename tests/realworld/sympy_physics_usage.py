# sympy's domain packages: combinatorics, stats, physics.units, vector,
# geometry, tensor indices, codegen of a matrix expression.
# requires: sympy
from sympy import symbols, Rational, sqrt, simplify, pi, Symbol, MatrixSymbol, Matrix, latex
from sympy.combinatorics import Permutation, PermutationGroup, SymmetricGroup
from sympy.combinatorics.named_groups import DihedralGroup
p = Permutation([1, 2, 0, 4, 3])
print(p, p.order(), p.cyclic_form, (p ** 2).array_form, p.signature(), p.inversions())
G = DihedralGroup(4)
print(G.order(), G.is_abelian, len(list(G.generate())), SymmetricGroup(4).order())
print(PermutationGroup([Permutation(0, 1, 2), Permutation(1, 2)]).order())
from sympy.stats import Normal, Die, E, variance, P, density, Binomial
X = Normal('X', 0, 1)
D = Die('D', 6)
print(E(D), variance(D), P(D > 4), E(X ** 2), simplify(density(X)(Symbol('z'))))
B = Binomial('B', 4, Rational(1, 2))
print(P(B >= 3), E(B))
from sympy.physics import units as u
print(u.convert_to(3 * u.kilometer / u.hour, u.meter / u.second), u.convert_to(u.newton, [u.kilogram, u.meter, u.second]))
from sympy.vector import CoordSys3D, divergence, curl, gradient
N = CoordSys3D('N')
v = N.x * N.y * N.i + N.y ** 2 * N.j + N.z * N.k
print(divergence(v), curl(v), gradient(N.x ** 2 * N.y))
from sympy.geometry import Point, Circle, Line, Triangle, Polygon
c = Circle(Point(0, 0), 5)
l = Line(Point(-10, 3), Point(10, 3))
print(c.intersection(l), Triangle(Point(0, 0), Point(4, 0), Point(0, 3)).area, c.area)
print(Polygon(Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)).perimeter)
A = MatrixSymbol('A', 2, 2)
print((A * A.T).as_explicit()[0, 1], latex(A.T * A))
from sympy.physics.mechanics import dynamicsymbols
q = dynamicsymbols('q')
print(q.diff(symbols('t')))
from sympy.physics.quantum import Commutator, Operator
Aop, Bop = Operator('A'), Operator('B')
print(Commutator(Aop, Bop).expand(commutator=True), Commutator(Aop, Bop).doit())
