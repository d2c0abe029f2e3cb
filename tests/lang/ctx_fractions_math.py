# math.floor/ceil/trunc on Fractions (dispatch to __floor__/__ceil__/__trunc__)
import math
from fractions import Fraction as F
for v in [F(-7, 2), F(7, 2), F(4), F(-1, 3)]:
    print(math.floor(v), math.ceil(v), math.trunc(v))
print(type(math.floor(F(9, 4))).__name__)
