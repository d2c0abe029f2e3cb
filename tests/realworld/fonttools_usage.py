# fontTools' pure-Python parts as users use them: build a TrueType font with
# FontBuilder, save it to bytes, read it back, inspect tables, dump TTX XML.
# requires: fontTools
import io
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont
from fontTools import agl
from fontTools.misc.fixedTools import floatToFixed, fixedToFloat
from fontTools.misc.transform import Transform

def square(size):
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0)); pen.lineTo((100, size)); pen.lineTo((100 + size, size))
    pen.lineTo((100 + size, 0)); pen.closePath()
    return pen.glyph()

fb = FontBuilder(1000, isTTF=True)
order = ['.notdef', 'A', 'B', 'space']
fb.setupGlyphOrder(order)
fb.setupCharacterMap({0x41: 'A', 0x42: 'B', 0x20: 'space'})
fb.setupGlyf({'.notdef': square(500), 'A': square(600), 'B': square(400), 'space': TTGlyphPen(None).glyph()})
fb.setupHorizontalMetrics({g: (700, 100) for g in order})
fb.setupHorizontalHeader(ascent=800, descent=-200)
fb.setupNameTable({'familyName': 'KraitTest', 'styleName': 'Regular'})
fb.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
fb.setupPost()
buf = io.BytesIO()
fb.save(buf)
data = buf.getvalue()
print(len(data) > 500, data[:4])
font = TTFont(io.BytesIO(data))
print(sorted(font.keys()))
print(font['head'].unitsPerEm, font['hhea'].ascent, font['maxp'].numGlyphs)
print(font.getGlyphOrder(), font.getBestCmap())
print(font['name'].getDebugName(1), font['name'].getDebugName(4))
gs = font.getGlyphSet()
rec = RecordingPen(); gs['A'].draw(rec)
print(rec.value)
bp = BoundsPen(gs); gs['B'].draw(bp)
print(bp.bounds, font['hmtx']['A'])
out = io.StringIO()
font.saveXML(out, tables=['hhea', 'cmap'])
xml = out.getvalue()
print('\n'.join(line for line in xml.splitlines() if 'ttLibVersion' not in line))
print(agl.toUnicode('A_B.sc'), agl.UV2AGL[0x41], floatToFixed(1.5, 16), fixedToFloat(98304, 16))
t = Transform().translate(10, 20).scale(2)
print(t.transformPoint((1, 1)), t.inverse().transformPoint((12, 22)))
