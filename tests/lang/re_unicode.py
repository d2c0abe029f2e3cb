# subjects of every str width: latin-1, BMP and astral characters
import re

s2 = 'αβγ δεζ ηθι'
print(re.findall(r'\w+', s2), re.sub(r'β', 'B', s2))
print(re.match(r'(\w)(\w)', s2).span(2), re.search('δ', s2).start())
s4 = 'a😀b😀😀c'
print(re.findall('😀+', s4), [m.span() for m in re.finditer('😀', s4)])
print(re.split('😀', s4), re.sub('😀', ':)', s4))
print(re.match('.{3}', s4).group() == 'a😀b')
print(re.findall('[😀-😂]', '😀😁😂😃'))
print(re.findall(r'[α-γ]', s2), re.findall(r'(?i)[Α-Γ]', s2))
print(re.match(r'(?i)straße', 'STRAßE') is not None)
print(re.findall(r'\d+', 'x١٢٣y 45'))
print(re.findall(r'\s+', 'a\u3000b\u00a0c'))
print(re.sub(r'é', 'e', 'café élan'), re.findall(r'[àâäéèêëîïôöùûüç]', 'déjà vu, garçon'))
print(re.match(r'\w+', 'naïve').group(), re.match(r'\w+', 'naïve', re.A).group())
print(re.fullmatch(r'[\u0400-\u04ff]+', 'привет') is not None)
m = re.search(r'(\w+)\s(\w+)', 'hello мир')
print(m.groups(), m.span(2), repr(m))
print(re.sub(r'(?<=[a-z])(?=[A-Z])', '_', 'camelCaseΣtring').lower())
