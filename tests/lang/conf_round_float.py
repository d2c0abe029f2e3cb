for n in [324, 325, 400, 2**31-1, 2**31, 2**32, 2**100, -2**100]:
    print(n, round(123.456, n), round(-123.456, n), round(1e300, n), round(1e-320, n))
print(round(1e150, 300), round(1e300, 307), round(-3.1415, 308), round(1e150, 309), round(1.4e-315, 315))
print(round(2.675, 2), round(0.125, 2), round(5e-324, 323), round(1.5), round(2.5, None), round(-0.0, 1))
print(round(12345.678, -2), round(float('inf'), 2), round(float('nan'), 1))
try: round(1.7e308, -308)
except OverflowError as e: print(e)
class F(float): pass
print(round(F(2.5), 0), type(round(F(2.5), 0)).__name__)
