# Non-ASCII identifiers, including ones NFKC-normalised by the parser.
ﬁ = 1
print(ﬁ, fi)
café = 2
日本語 = 3
π = 3.14159
ℌ = 4
ᵢ = 5
Ⅸ = 9
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 6
x·y = 7
obj.ﬁeld = 8
def ƒ(ᾳ, *ñ, **µ):
    return ᾳ
class Ωmega:
    pass
import ﬁle as ﬁle2
