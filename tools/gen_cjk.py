#!/usr/bin/python3.11
"""gen_cjk.py -- write the CJK codecs' mapping tables as C data.

    /usr/bin/python3.11 tools/gen_cjk.py build/gen/cjk_tables.h

krait's CJK codecs (src/modules/_cjk.c) must map exactly as CPython 3.11's
do, including which of several byte sequences an encoder emits and how many
bytes a decoding error spans.  So, like gen_unicode.py, this script asks the
interpreter that defines the behaviour: it decodes every byte sequence of up
to three bytes and encodes every code point of planes 0-2 with python3.11's
own codecs, and writes what it saw.  Nothing is downloaded.

The stateless codecs are described as a decoding trie (the byte after a lead
byte selects a value in a node) plus an encoding map (a two-level index by
code point).  A 16-bit value is a BMP character / code, or one of:

  0xFFFF  no mapping (decoding: "illegal multibyte sequence", 1 byte)
  0xFFFE  look the key up in the codec's special list: an astral character,
          a pair of characters, an error spanning 2 bytes, a third-level
          node (EUC-JP's 0x8F), a code of more than two bytes
  0xFFFD  (encoding, gb18030 only) the four-byte form, computed from ranges

Two algorithmic areas are emitted as their parameters and checked here
against the oracle: gb18030's four-byte sequences (ranges over the linear
index) and EUC-KR's KS X 1001 Annex 3 make-up sequences (Hangul syllables
outside the 2350 as 8 bytes of jamo).

The ISO-2022 codecs and HZ are stateful: their charsets (JIS X 0208, 0212,
0213, KS X 1001, GB 2312) are read through the EUC codecs' tables, and
_cjk.c holds their escape-sequence state machines; the generator checks the
charset choice of each iso2022 encoder for every code point.

Everything is emitted in code point order, so the output is deterministic.
"""
import codecs
import sys

STATELESS = [
    # name, module
    ("gb2312", "cn"), ("gbk", "cn"), ("gb18030", "cn"),
    ("big5", "tw"), ("cp950", "tw"), ("big5hkscs", "hk"),
    ("cp932", "jp"), ("shift_jis", "jp"), ("euc_jp", "jp"),
    ("shift_jis_2004", "jp"), ("shift_jisx0213", "jp"),
    ("euc_jis_2004", "jp"), ("euc_jisx0213", "jp"),
    ("euc_kr", "kr"), ("cp949", "kr"), ("johab", "kr"),
]
# CjkCodec.flags: EUC codes set 3 (0x8F lead) packed into 16 bits; the
# algorithmic areas
FLAG_G3, FLAG_GB4, FLAG_MAKEUP = 1, 2, 4
FLAGS = {"euc_jp": FLAG_G3, "euc_jis_2004": FLAG_G3, "euc_jisx0213": FLAG_G3,
         "gb18030": FLAG_GB4, "euc_kr": FLAG_MAKEUP}
ENC_LIMIT = 0x30000          # no stateless codec maps beyond plane 2 but gb18030
PAGE_BITS = 6
ILLEGAL, SPECIAL, FOURBYTE = 0xFFFF, 0xFFFE, 0xFFFD

# special kinds (decoding)
SP_STR, SP_ERR, SP_NODE, SP_ALGO = 0, 1, 2, 3

spans = []


def record(e):
    spans.append((e.start, e.end, e.reason))
    return ("\ufffd", e.end)


codecs.register_error("gen_cjk_record", record)


def probe(dec, data):
    """(output, first error span or None) of decoding data."""
    spans.clear()
    out = dec(data, "gen_cjk_record")[0]
    return out, (spans[0] if spans else None)


class Tables:
    def __init__(self):
        self.vals = []          # u16 pool of node values
        self.nodes = []         # (lo, hi, offset)
        self.node_ix = {}
        self.dec_special = []   # (codec, key, kind, a, b)
        self.pages = []         # encoding pages, u16 each
        self.page_ix = {}
        self.enc_special = []   # (codec, cp, nbytes, bytes) ; nbytes 0 = pair start only
        self.pairs = []         # (codec, c1, c2, code)

    def node(self, values):
        """Index of a node holding values (a dict byte -> u16)."""
        if not values:
            lo, hi, vs = 1, 0, ()
        else:
            lo, hi = min(values), max(values)
            vs = tuple(values.get(b, ILLEGAL) for b in range(lo, hi + 1))
        key = (lo, hi, vs)
        if key not in self.node_ix:
            self.node_ix[key] = len(self.nodes)
            self.nodes.append((lo, hi, len(self.vals)))
            self.vals.extend(vs)
        return self.node_ix[key]

    def page(self, vs):
        vs = tuple(vs)
        if vs not in self.page_ix:
            self.page_ix[vs] = len(self.pages)
            self.pages.append(vs)
        return self.page_ix[vs]


def value_of(tab, ci, key, out, err, nbytes):
    """The u16 value for a unit that decoded to out / failed with err."""
    if err is None:
        if len(out) == 1 and ord(out) < 0xFFFD:
            return ord(out)
        cps = [ord(c) for c in out] + [0]
        assert len(out) <= 2
        tab.dec_special.append((ci, key, SP_STR, cps[0], cps[1]))
        return SPECIAL
    start, end, reason = err
    assert start == 0, (key, err)
    if reason == "incomplete multibyte sequence":
        assert end == nbytes
        return None                     # needs another byte
    assert reason == "illegal multibyte sequence", reason
    if end == 1:
        return ILLEGAL
    tab.dec_special.append((ci, key, SP_ERR, end, 0))
    return SPECIAL


def gen_decoder(tab, ci, name):
    dec = codecs.lookup(name).decode
    root, lead = {}, [0] * 256
    for b1 in range(256):
        out, err = probe(dec, bytes([b1]))
        v = value_of(tab, ci, b1, out, err, 1)
        if v is not None:
            root[b1] = v
            continue
        level2 = {}
        for b2 in range(256):
            key = b1 << 8 | b2
            out, err = probe(dec, bytes([b1, b2]))
            if err and err[0] == 1:         # the lead decoded alone?
                raise AssertionError((name, key, out, err))
            v = value_of(tab, ci, key, out, err, 2)
            if v is None:
                v = SPECIAL
                level3 = gen_level3(tab, ci, name, dec, b1, b2)
                if level3 is None:
                    tab.dec_special.append((ci, key, SP_ALGO, 0, 0))
                else:
                    tab.dec_special.append((ci, key, SP_NODE, level3, 0))
            if v != ILLEGAL:
                level2[b2] = v
        lead[b1] = tab.node(level2) + 1
        root[b1] = ILLEGAL
    return tab.node(root), lead


def gen_level3(tab, ci, name, dec, b1, b2):
    level3 = {}
    for b3 in range(256):
        key = b1 << 16 | b2 << 8 | b3
        out, err = probe(dec, bytes([b1, b2, b3]))
        if err and err[2].startswith("incomplete") and err[1] == 3:
            return None                     # four or more bytes: algorithmic
        v = value_of(tab, ci, key, out, err, 3)
        if v != ILLEGAL:
            level3[b3] = v
    return tab.node(level3)


def gen_encoder(tab, ci, name, pairs):
    enc = codecs.lookup(name).encode
    index = []
    page = []
    starts = {c1 for c1, c2 in pairs}
    for cp in range(0x10000):
        try:
            code = enc(chr(cp))[0]
        except UnicodeEncodeError:
            code = None
        if code is None:
            v = ILLEGAL
        elif name == "gb18030" and len(code) == 4:
            assert gb18030_encode4(cp) == code, (cp, code)
            v = FOURBYTE
        elif name == "euc_kr" and len(code) == 8:
            v = FOURBYTE                # checked by gen_euckr_makeup
        elif len(code) == 1 or (len(code) == 2 and code[0] >= 0x80 and code != b"\xff\xff"):
            v = code[0] if len(code) == 1 else code[0] << 8 | code[1]
            assert v < FOURBYTE
        elif (FLAGS.get(name, 0) & FLAG_G3 and len(code) == 3 and code[0] == 0x8F
              and code[1] >= 0xA1 and code[2] >= 0xA1):
            v = code[1] << 8 | (code[2] & 0x7F)     # trail < 0x80: set 3
        else:
            v = SPECIAL
        if cp in starts or v == SPECIAL:
            tab.enc_special.append((ci, cp, code if v == SPECIAL else b"", cp in starts))
            if cp in starts and v != SPECIAL:
                tab.enc_special[-1] = (ci, cp, code or b"", True)
                v = SPECIAL
        page.append(v)
        if len(page) == 1 << PAGE_BITS:
            index.append(tab.page(page))
            page = []
    for cp in range(0x10000, ENC_LIMIT):
        try:
            code = enc(chr(cp))[0]
        except UnicodeEncodeError:
            continue
        if name == "gb18030":
            assert gb18030_encode4(cp) == code
            continue
        tab.enc_special.append((ci, cp, code, cp in starts))
    for (c1, c2), code in sorted(pairs.items()):
        assert enc(chr(c1) + chr(c2))[0] == code, (name, c1, c2)
        tab.pairs.append((ci, c1, c2, int.from_bytes(code, "big")))
    return index


# gb18030's four-byte area: a linear index over b1 b2 b3 b4 (0x81-0xFE,
# 0x30-0x39, 0x81-0xFE, 0x30-0x39); the BMP part maps by ranges.
GB_RANGES = []


def gb18030_linear(lseq):
    b4 = lseq % 10
    b3 = lseq // 10 % 126
    b2 = lseq // 1260 % 10
    b1 = lseq // 12600
    return bytes([b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30])


def gen_gb18030_ranges():
    dec = codecs.lookup("gb18030").decode
    data = b"".join(gb18030_linear(i) for i in range(39420))
    spans.clear()
    out = dec(data, "gen_cjk_record")[0]
    assert not spans and len(out) == 39420
    prev = None
    for i, ch in enumerate(out):
        if prev is None or ord(ch) - i != prev:
            GB_RANGES.append((i, ord(ch)))
            prev = ord(ch) - i
    firsts = [first for base, first in GB_RANGES]
    assert firsts == sorted(firsts)
    # astral: linear from b1 = 0x90
    data = b"".join(gb18030_linear(189000 + i - 0x10000) for i in range(0x10000, 0x110000))
    assert dec(data)[0] == "".join(map(chr, range(0x10000, 0x110000)))


def gb18030_encode4(cp):
    if cp >= 0x10000:
        return gb18030_linear(cp - 0x10000 + 189000)
    for i, (base, first) in enumerate(GB_RANGES):
        end = GB_RANGES[i + 1][0] if i + 1 < len(GB_RANGES) else 39420
        if first <= cp < first + end - base:
            return gb18030_linear(base + cp - first)
    return None


# EUC-KR's make-up sequences: A4D4 A4xx A4xx A4xx, initial/medial/final jamo.
def gen_euckr_makeup():
    dec = codecs.lookup("euc_kr").decode
    enc = codecs.lookup("euc_kr").encode
    cho, jong = [], []
    for c in range(0xA1, 0xBF):
        out, err = probe(dec, bytes([0xA4, 0xD4, 0xA4, c, 0xA4, 0xBF, 0xA4, 0xD4]))
        cho.append(0xFF if err else (ord(out[0]) - 0xAC00) // 588)
        out, err = probe(dec, bytes([0xA4, 0xD4, 0xA4, 0xA1, 0xA4, 0xBF, 0xA4, c]))
        jong.append(0xFF if err else (ord(out[0]) - 0xAC00) % 28)
    for s in range(0xAC00, 0xAC00 + 11172):
        code = enc(chr(s))[0]
        if len(code) == 8:
            i = s - 0xAC00
            want = bytes([0xA4, 0xD4, 0xA4, 0xA1 + cho.index(i // 588),
                          0xA4, 0xBF + i % 588 // 28, 0xA4,
                          0xD4 if i % 28 == 0 else 0xA1 + jong.index(i % 28)])
            assert code == want, (hex(s), code, want)
            assert dec(code)[0] == chr(s)
    return cho, jong


# The stateful codecs: ISO-2022 flags and designations (mark, plane, width)
# as CPython configures them; a two-byte charset's mark has bit 0x80.
DBCS = 0x80
NO_SHIFT, USE_G2, JISX0208_EXT = 1, 2, 4
B2, D2, C2, A2, AT2 = (ord(c) | DBCS for c in "BDCA@")
Q2, P2, O2 = (ord(c) | DBCS for c in "QPO")
J1, I1 = ord("J"), ord("I")
STATEFUL = [
    ("iso2022_kr", 0, [(C2, 1, 2)]),
    ("iso2022_jp", NO_SHIFT | JISX0208_EXT, [(B2, 0, 2), (J1, 0, 1), (AT2, 0, 2)]),
    ("iso2022_jp_1", NO_SHIFT | JISX0208_EXT,
     [(B2, 0, 2), (D2, 0, 2), (J1, 0, 1), (AT2, 0, 2)]),
    ("iso2022_jp_2", NO_SHIFT | USE_G2 | JISX0208_EXT,
     [(B2, 0, 2), (D2, 0, 2), (C2, 0, 2), (A2, 0, 2), (J1, 0, 1), (AT2, 0, 2),
      (ord("A"), 2, 1), (ord("F"), 2, 1)]),
    ("iso2022_jp_2004", NO_SHIFT | JISX0208_EXT, [(Q2, 0, 2), (B2, 0, 2), (P2, 0, 2)]),
    ("iso2022_jp_3", NO_SHIFT | JISX0208_EXT, [(O2, 0, 2), (B2, 0, 2), (P2, 0, 2)]),
    ("iso2022_jp_ext", NO_SHIFT | JISX0208_EXT,
     [(B2, 0, 2), (D2, 0, 2), (J1, 0, 1), (ord("I"), 0, 1), (AT2, 0, 2)]),
    ("hz", 0, [(A2, 0, 2)]),
]
ESC = b"\x1b"


def designate(name, mark, plane, width):
    """The bytes that select charset mark, and those before each unit."""
    if name == "hz":
        return b"~{", b""
    m = bytes([mark & 0x7F])
    if plane == 2:
        return ESC + b"." + m, ESC + b"N"
    if plane == 1:
        return ESC + (b"$)" if width == 2 else b")") + m + b"\x0e", b""
    return ESC + (b"$(" if width == 2 else b"(") + m, b""


def gen_charset(tab, ci, name, mark, plane, width):
    """Decoding of one designation of a stateful codec, as a pseudo-codec:
    its root node for one-byte charsets, its lead table for two-byte ones."""
    dec = codecs.lookup(name).decode
    esc, pre = designate(name, mark, plane, width)
    root, lead = {}, [0] * 256
    firsts = (range(0x80) if name == "hz" else range(256) if plane == 2
              else range(0x21, 0x7F))
    for b1 in firsts:
        if name == "hz" and b1 == 0x7E:
            continue
        if width == 1:
            out, err = probe(dec, esc + pre + bytes([b1]))
            if not err:
                root[b1] = value_of(tab, ci, b1, out, None, 1)
            continue
        level2 = {}
        for b2 in range(256):
            out, err = probe(dec, esc + pre + bytes([b1, b2]))
            if err is None:
                level2[b2] = value_of(tab, ci, b1 << 8 | b2, out, None, 2)
            else:
                want = 1 if name == "hz" else 2
                assert err[0] == len(esc) and err[1] - err[0] == want, (name, mark, b1, b2, err)
        lead[b1] = tab.node(level2) + 1
    return tab.node(root), lead


def parse_stateful(name, code):
    """(mark, code bytes) of one non-ASCII character's encoding."""
    if name == "hz":
        assert code[:2] == b"~{" and code[-2:] == b"~}", code
        return A2, code[2:-2]
    mark = None
    while code[:1] == ESC:
        if code[1:3] in (b"$(", b"$)"):
            mark, code = code[3] | DBCS, code[4:]
        elif code[1:2] == b"$":
            mark, code = code[2] | DBCS, code[3:]
        else:
            mark, code = code[2], code[3:]
        if code[:1] == b"\x0e":
            code = code[1:]
    for tail in (b"\x1b(B", b"\x0f"):
        if code.endswith(tail):
            code = code[:-len(tail)]
    return mark, code


def gen_stateful_encoder(tab, ci, name, desigs, pairs):
    """cp -> charset-tagged code: one-byte charsets idx << 8 | code, two-byte
    ones code | the index of its charset in bits 0x8000 and 0x0080."""
    enc = codecs.lookup(name).encode
    marks1, marks2 = [], []
    starts = {c1 for c1, c2 in pairs}

    def tagged(cp, code):
        mark, code = parse_stateful(name, code)
        marks = marks2 if mark & DBCS else marks1
        if mark not in marks:
            marks.append(mark)
        i = marks.index(mark)
        if mark & DBCS:
            assert len(code) == 2 and i < 4, (name, hex(cp), code)
            return code[0] << 8 | code[1] | (i >> 1) << 15 | (i & 1) << 7
        assert len(code) == 1 and i < 8
        return i << 8 | code[0]

    index, page = [], []
    for cp in range(0x10000):
        v = ILLEGAL
        if 0x80 <= cp and not 0xD800 <= cp < 0xE000:
            try:
                v = tagged(cp, enc(chr(cp))[0])
            except UnicodeEncodeError:
                pass
        if cp in starts:
            tab.enc_special.append((ci, cp, b"" if v == ILLEGAL else v.to_bytes(2, "big"), True))
            v = SPECIAL
        page.append(v)
        if len(page) == 1 << PAGE_BITS:
            index.append(tab.page(page))
            page = []
    for cp in range(0x10000, ENC_LIMIT):
        try:
            code = enc(chr(cp))[0]
        except UnicodeEncodeError:
            continue
        tab.enc_special.append((ci, cp, tagged(cp, code).to_bytes(2, "big"), False))
    for (c1, c2), code in sorted(pairs.items()):
        # 3.11.2's ISO-2022-JP-2004 / -3 wait for the second character of
        # a pair but then encode the two apart (fixed in later 3.11s)
        inc = codecs.getincrementalencoder(name)()
        assert inc.encode(chr(c1)) == b"", (name, c1)
        try:
            both = enc(chr(c1) + chr(c2))[0]
        except UnicodeEncodeError:
            continue
        mark, code = parse_stateful(name, both)
        if len(code) == 2:
            tab.pairs.append((ci, c1, c2, tagged(c1, both)))
    return index, marks1, marks2


def c_array(ctype, name, items, per_line=12, fmt="0x%04X"):
    out = ["static const %s %s[%d] = {" % (ctype, name, len(items))]
    for i in range(0, len(items), per_line):
        out.append("    " + ", ".join(fmt % x for x in items[i:i + per_line]) + ",")
    out.append("};")
    return "\n".join(out)


def main():
    out_path = sys.argv[1]
    tab = Tables()
    tab.page([ILLEGAL] * (1 << PAGE_BITS))     # page 0: nothing encodable
    gen_gb18030_ranges()
    cho, jong = gen_euckr_makeup()
    codec_rows = []
    for ci, (name, mod) in enumerate(STATELESS):
        nspecial = len(tab.dec_special)
        root, lead = gen_decoder(tab, ci, name)
        pairs = {}
        for _, key, kind, a, b in tab.dec_special[nspecial:]:
            if kind == SP_STR and b:
                n = 2 if key < 0x10000 else 3
                pairs[(a, b)] = key.to_bytes(n, "big")
        index = gen_encoder(tab, ci, name, pairs)
        codec_rows.append((name, mod, root, lead, index))
    state_rows = []
    for si, (name, flags, desigs) in enumerate(STATEFUL):
        ci = len(codec_rows)
        pairs, charsets = {}, []
        for mark, plane, width in desigs:
            cs = len(codec_rows)
            nspecial = len(tab.dec_special)
            root, lead = gen_charset(tab, cs, name, mark, plane, width)
            for _, key, kind, a, b in tab.dec_special[nspecial:]:
                if kind == SP_STR and b:
                    pairs[(a, b)] = key
            codec_rows.append(("%s_%02x" % (name, mark), "", root, lead, [0] * 1024))
            charsets.append(cs)
        ci = len(codec_rows)
        index, marks1, marks2 = gen_stateful_encoder(tab, ci, name, desigs, pairs)
        codec_rows.append((name, "", tab.node({}), [0] * 256, index))
        state_rows.append((name, flags, desigs, charsets, ci, marks1, marks2))
    tab.dec_special.sort()
    tab.enc_special.sort()
    tab.pairs.sort()

    w = []
    w.append("/* cjk_tables.h -- generated by tools/gen_cjk.py from python3.11's codecs; do not edit. */")
    w.append("#define CJK_PAGE_BITS %d" % PAGE_BITS)
    w.append("#define CJK_NCODECS %d" % len(STATELESS))
    w.append(c_array("uint16_t", "cjk_vals", tab.vals))
    w.append("static const CjkNode cjk_nodes[%d] = {" % len(tab.nodes))
    for lo, hi, off in tab.nodes:
        w.append("    {0x%02X, 0x%02X, %d}," % (lo, hi, off))
    w.append("};")
    w.append("static const CjkDecSpecial cjk_dec_special[%d] = {" % len(tab.dec_special))
    for ci, key, kind, a, b in tab.dec_special:
        w.append("    {%d, %d, 0x%06X, 0x%X, 0x%X}," % (ci, kind, key, a, b))
    w.append("};")
    flat = [v for p in tab.pages for v in p]
    w.append(c_array("uint16_t", "cjk_pages", flat))
    w.append("static const CjkEncSpecial cjk_enc_special[%d] = {" % len(tab.enc_special))
    for ci, cp, code, start in tab.enc_special:
        w.append("    {%d, %d, %d, 0x%06X, {%s}}," % (ci, int(start), len(code), cp,
                                                 ", ".join("0x%02X" % b for b in code) or "0"))
    w.append("};")
    w.append("static const CjkPair cjk_pairs[%d] = {" % len(tab.pairs))
    for ci, c1, c2, code in tab.pairs:
        w.append("    {%d, 0x%04X, 0x%04X, 0x%04X}," % (ci, c1, c2, code))
    w.append("};")
    w.append("static const uint32_t cjk_gb18030_ranges[%d][2] = {" % len(GB_RANGES))
    for base, first in GB_RANGES:
        w.append("    {%d, 0x%04X}," % (base, first))
    w.append("};")
    w.append(c_array("uint8_t", "cjk_euckr_cho", cho, fmt="%d"))
    w.append(c_array("uint8_t", "cjk_euckr_jong", jong, fmt="%d"))
    arrays = {}         # distinct lead / index tables, by content

    def array(kind, values):
        key = (kind, tuple(values))
        if key not in arrays:
            arrays[key] = "cjk_%s_%d" % (kind, len(arrays))
            w.append(c_array("uint16_t", arrays[key], values, fmt="%d"))
        return arrays[key]

    rows = []
    for ci, (name, mod, root, lead, index) in enumerate(codec_rows):
        rows.append('    {"%s", "%s", %d, %d, %d, %s, %s},'
                    % (name, mod, ci, FLAGS.get(name, 0), root, array("lead", lead),
                       array("index", index)))
    w.append("#define CJK_NTABLES %d" % len(codec_rows))
    w.append("static const CjkCodec cjk_codecs[CJK_NTABLES] = {")
    w.extend(rows)
    w.append("};")
    w.append("#define CJK_NSTATEFUL %d" % len(state_rows))
    w.append("static const CjkStateful cjk_stateful[CJK_NSTATEFUL] = {")
    for name, flags, desigs, charsets, ci, marks1, marks2 in state_rows:
        ds = ", ".join("{0x%02X, %d, %d, %d}" % (m, p, wd, cs)
                       for (m, p, wd), cs in zip(desigs, charsets))
        w.append('    {"%s", %d, %d, %d, {%s}, {%s}, {%s}},'
                 % (name, flags, len(desigs), ci, ds,
                    ", ".join("0x%02X" % m for m in marks1) or "0",
                    ", ".join("0x%02X" % m for m in marks2) or "0"))
    w.append("};")
    with open(out_path, "w") as f:
        f.write("\n".join(w) + "\n")


if __name__ == "__main__":
    main()
