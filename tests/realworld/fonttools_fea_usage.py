# fontTools: OpenType features from .fea source, subsetting, a CFF font.
# requires: fontTools
import io
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont
from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
from fontTools import subset

def rect_glyph(w):
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0)); pen.lineTo((0, 500)); pen.lineTo((w, 500)); pen.lineTo((w, 0)); pen.closePath()
    return pen.glyph()
names = ['.notdef', 'a', 'b', 'c', 'f', 'i', 'f_i']
fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder(names)
fb.setupCharacterMap({ord(ch): ch for ch in 'abcfi'})
fb.setupGlyf({n: rect_glyph(100 + 10 * k) for k, n in enumerate(names)})
fb.setupHorizontalMetrics({n: (500, 0) for n in names})
fb.setupHorizontalHeader(ascent=800, descent=-200)
fb.setupNameTable({'familyName': 'Fea', 'styleName': 'Regular'})
fb.setupOS2(); fb.setupPost()
font = fb.font
addOpenTypeFeaturesFromString(font, '''
languagesystem DFLT dflt;
feature liga { sub f i by f_i; } liga;
feature kern { pos a b -40; pos [a b] c 25; } kern;
''')
print(sorted(font.keys()))
gsub = font['GSUB'].table
print(gsub.FeatureList.FeatureRecord[0].FeatureTag, {k: [(l.Component, l.LigGlyph) for l in v] for k, v in gsub.LookupList.Lookup[0].SubTable[0].ligatures.items()})
gpos = font['GPOS'].table
print(gpos.LookupList.LookupCount, [l.LookupType for l in gpos.LookupList.Lookup])
buf = io.BytesIO(); font.save(buf)
f2 = TTFont(io.BytesIO(buf.getvalue()))
opts = subset.Options(); opts.layout_features = ['liga', 'kern']
sub = subset.Subsetter(opts)
sub.populate(text='fi')
sub.subset(f2)
print(f2.getGlyphOrder(), sorted(f2.getBestCmap().items()))
out = io.StringIO(); f2.saveXML(out, tables=['GSUB'])
print('\n'.join(l for l in out.getvalue().splitlines() if 'ttLibVersion' not in l))
fb = FontBuilder(1000, isTTF=False)
fb.setupGlyphOrder(['.notdef', 'x'])
fb.setupCharacterMap({ord('x'): 'x'})
pen = T2CharStringPen(500, None)
pen.moveTo((10, 10)); pen.lineTo((400, 10)); pen.curveTo((450, 100), (450, 300), (400, 400)); pen.closePath()
cs = pen.getCharString()
fb.setupCFF('Cff-Regular', {'FullName': 'Cff Regular'}, {'.notdef': cs, 'x': cs}, {})
fb.setupHorizontalMetrics({'.notdef': (500, 10), 'x': (500, 10)})
fb.setupHorizontalHeader(ascent=800, descent=-200)
fb.setupNameTable({'familyName': 'Cff', 'styleName': 'Regular'}); fb.setupOS2(); fb.setupPost()
b2 = io.BytesIO(); fb.save(b2)
f3 = TTFont(io.BytesIO(b2.getvalue()))
print(f3.sfntVersion, f3['CFF '].cff.fontNames, f3.getGlyphSet()['x'].width)
from fontTools.pens.recordingPen import RecordingPen
r = RecordingPen(); f3.getGlyphSet()['x'].draw(r); print(r.value)
