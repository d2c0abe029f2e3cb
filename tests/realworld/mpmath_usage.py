# mpmath as its users use it: arbitrary precision constants, special functions,
# quadrature, root finding, matrices, and the fp (float/cmath) context.
# requires: mpmath
from mpmath import mp, mpf, mpc, pi, e, zeta, quad, sqrt, exp, log, sin, gamma, besselj
from mpmath import findroot, diff, nsum, inf, matrix, lu_solve, polyroots, fp, taylor, erf
mp.dps = 50
print(pi)
print(e)
print(zeta(3))
print(quad(lambda x: exp(-x ** 2), [-inf, inf]))
print(sqrt(2), log(10), gamma(mpf('0.5')))
print(findroot(lambda x: x ** 3 - 2, 1))
print(diff(lambda x: sin(x), 1))
print(nsum(lambda k: 1 / k ** 2, [1, inf]))
print(besselj(0, 2.5), erf(1))
print(mpc(1, 2) * mpc(3, -1), exp(mpc(0, 1) * pi))
A = matrix([[2, 1], [1, 3]])
print(lu_solve(A, matrix([1, 2])))
print(A ** -1)
print(polyroots([1, 0, -2]))
print(taylor(exp, 0, 4))
mp.dps = 15
print(fp.zeta(2), fp.quad(fp.sin, [0, fp.pi]), fp.gamma(4.5))
print(fp.exp(fp.mpc(1, 1)), fp.sqrt(-4), fp.log(-1))
print(mpf(1) / 3, mpf('1e-100') * 10 ** 90)
