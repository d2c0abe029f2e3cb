# Heavier mpmath: 1000-digit constants, complex special functions, ODEs,
# Riemann zeros, hypergeometric functions, interval arithmetic, identify.
# requires: mpmath
from mpmath import mp, mpf, mpc, iv
mp.dps = 1000
s = str(mp.pi)
print(s[:60], s[-20:], len(s))
print(str(mp.e)[-30:], str(mp.sqrt(2))[-30:], str(mp.euler)[-30:])
mp.dps = 30
print(mp.zeta(mpc(0.5, 14.134725141734693790457251983562)))
print(mp.zetazero(3), mp.gamma(mpc(1, 1)), mp.loggamma(100))
print(mp.hyp2f1(1, 1, 2, mpf(-1) / 2), mp.hyper([1, 2], [3], mpf('0.25')), mp.ellipk(mpf('0.5')))
print(mp.besselk(1, 2), mp.airyai(1), mp.lambertw(1), mp.polylog(2, mpf('0.5')))
f = mp.odefun(lambda t, y: y, 0, 1)
print(f(1), mp.quad(lambda t: mp.sin(t) / t, [0, mp.inf]))
print(mp.nsum(lambda k: (-1) ** k / (2 * k + 1), [0, mp.inf]), mp.limit(lambda n: (1 + 1 / n) ** n, mp.inf))
print(mp.identify(mp.pi ** 2 / 6, ['pi**2']), mp.findpoly(mp.sqrt(2) + 1, 2))
print(mp.chebyfit(mp.exp, [-1, 1], 4, error=True)[1] < 1e-3, mp.pade([1, 1, mpf(1) / 2, mpf(1) / 6], 2, 1))
print(mp.fft if False else mp.fsum([mpf('0.1')] * 10), mp.fprod([1, 2, 3, 4]), mp.nthroot(27, 3))
print(mp.mpmathify('1.5+2j'), mp.nstr(mp.pi, 10), mp.nprint(mp.e, 5) if False else mp.frac(mpf('7.25')))
M = mp.matrix([[4, 1], [2, 3]])
E, ER = mp.eig(M)
print(sorted(E, key=lambda v: v.real), mp.det(M), mp.norm(M), mp.expm(mp.matrix([[0, 1], [0, 0]])))
iv.dps = 15
print(iv.mpf([1, 2]) + iv.mpf([3, 4]), iv.sqrt(iv.mpf([4, 9])), iv.pi)
print(mp.primepi(1000), mp.bernoulli(10), mp.stirling2(5, 2), mp.fib(100))
mp.dps = 15
print(mp.cos(mpc(1, 2)), mp.atan2(1, -1), mp.exp(mpf('1e3')), mp.log(mpc(-1, 0)))
