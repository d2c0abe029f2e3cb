#!/usr/bin/python3.11
"""gen_unicode.py -- write krait's Unicode character database as C tables.

    /usr/bin/python3.11 tools/gen_unicode.py build/gen/unicode_db.h

krait must answer every Unicode question exactly as CPython 3.11 does
(Unicode 14.0.0).  Rather than parse the UCD text files and re-derive what
CPython derives (its notion of "printable", of cased and case-ignorable, its
full case mappings, its XID sets), this script asks the interpreter that
defines the behaviour: python3.11's own `unicodedata` module and `str`
methods, for all 0x110000 code points.  No data is downloaded, and what krait
ships is by construction what CPython computes.  Two lists cannot be
enumerated through Python's API -- the name aliases (NameAliases.txt) and the
named sequences (NamedSequences.txt) -- so they are embedded at the end of
this file and every entry is checked against unicodedata.lookup() on each run.

The output is one header of `static const` data that src/core/unicode.c
includes.  Its layout (unicode.h explains the why at more length):

  props      one record per distinct combination of per-code-point
             properties (category, bidi class, combining class, east asian
             width, flag bits, numeric values, casing record); a 3-level
             index maps a code point to its record.
  casing     distinct (lower, upper, title, casefold) mappings: a delta for
             a one-character result, else a slice of case_ext[].
  decomp     a 3-level index to an offset in decomp_data[], which holds
             header word + code points of the one-level mapping.
  comp       the canonical composition pairs, sorted, for binary search.
  names      words in a lexicon; every stored name a string of 1- or 2-byte
             word codes, front-coded against the previous name in groups of
             16; code point <-> entry through 32-bit presence masks; an
             alphabetical permutation for lookup by name.  CJK unified
             ideographs and Hangul syllables are computed, not stored.

Everything is emitted in code point or first-seen order, never from set or
hash iteration, so the output is deterministic.
"""
import gc
import itertools
import operator
import re
import sys
import unicodedata
from itertools import repeat

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

N = 0x110000
SBASE, SCOUNT = 0xAC00, 11172
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "

# Flag bits of a props record.  unicode.c uses them through the emitted
# KR_UDB_* macros, so this list is the only place they are numbered.
FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "LOWER", "UPPER", "TITLE",
    "SPACE", "LINEBREAK", "PRINTABLE", "CASED", "CASE_IGNORABLE",
    "XID_START", "XID_CONTINUE", "MIRRORED",
    "NFD_NO", "NFKD_NO", "NFC_NO", "NFKC_NO", "NFC_MAYBE",
]
FLAG = {name: 1 << i for i, name in enumerate(FLAGS)}

CASE_EXT = 1 << 30      # a casing value >= this is a case_ext[] slice


def column(values):
    """A per-code-point column of small integers, one byte each."""
    return bytearray(values)


def indexed(values):
    """Strings -> (sorted distinct names, column of indexes into them)."""
    interned = list(map(sys.intern, values))
    names = sorted(set(interned))
    ix = {s: i for i, s in enumerate(names)}
    return names, column(map(ix.__getitem__, interned))


def sparse(values, default):
    """{cp: value} for the code points whose value is not `default`."""
    values = list(values)
    return {cp: values[cp] for cp in
            itertools.compress(range(N), map(operator.ne, values, repeat(default)))}


def collect():
    """Every per-code-point property python3.11 can tell us.

    Everything runs through map() over the 0x110000 characters, so the
    per-character work is C code; results are kept as one-byte columns or
    as sparse dicts, never as lists of a million objects (that costs a
    gigabyte and seconds of page faults)."""
    ud = unicodedata
    chars = [chr(cp) for cp in range(N)]
    p = {}
    p["cat_names"], p["category"] = indexed(map(ud.category, chars))
    p["bidi_names"], p["bidi"] = indexed(map(ud.bidirectional, chars))
    p["eaw_names"], p["eaw"] = indexed(map(ud.east_asian_width, chars))
    p["combining"] = column(map(ud.combining, chars))
    p["decimal"] = column(map(operator.add, map(ud.decimal, chars, repeat(-1)), repeat(1)))
    p["digit"] = column(map(operator.add, map(ud.digit, chars, repeat(-1)), repeat(1)))
    p["numeric"] = sparse(map(ud.numeric, chars, repeat(None)), None)
    p["decomposition"] = sparse(map(ud.decomposition, chars), "")
    p["names"] = sparse(map(ud.name, chars, repeat(None)), None)

    # Full case mappings, kept only where they differ from the character.
    changed = [False] * N
    for f in (str.lower, str.upper, str.title, str.casefold):
        changed = list(map(operator.or_, changed, map(str.__ne__, map(f, chars), chars)))
    p["casing"] = {cp: (c.lower(), c.upper(), c.title(), c.casefold())
                   for cp in itertools.compress(range(N), changed)
                   for c in (chars[cp],)}

    def probe(f, before="", after=""):
        """f over before + c + after for every character c."""
        s = chars
        if before:
            s = map(before.__add__, s)
        if after:
            s = map(str.__add__, s, repeat(after))
        return map(f, s)

    flags = {
        "ALPHA": column(map(str.isalpha, chars)),
        "DECIMAL": column(map(str.isdecimal, chars)),
        "DIGIT": column(map(str.isdigit, chars)),
        "NUMERIC": column(map(str.isnumeric, chars)),
        "SPACE": column(map(str.isspace, chars)),
        "PRINTABLE": column(map(str.isprintable, chars)),
        # isidentifier() of one character is XID_Start or "_" -- which is
        # exactly what an identifier may start with.
        "XID_START": column(map(str.isidentifier, chars)),
        "XID_CONTINUE": column(probe(str.isidentifier, before="a")),
        "MIRRORED": column(map(ud.mirrored, chars)),
        "LINEBREAK": column(map(operator.eq, map(len, probe(str.splitlines, "a", "b")),
                                repeat(2))),
        # str.title() lowercases a letter after a cased character
        # (_PyUnicode_IsCased).
        "CASED": column(map(operator.eq, map(operator.itemgetter(-1),
                                             probe(str.title, after="a")), repeat("a"))),
    }
    # The final-sigma rule skips case-ignorable characters on both sides:
    # "A" c "Σ" and "AΣ" c both end in a final sigma only when c is
    # case-ignorable (otherwise one of them sees c as cased or uncased).
    ign1 = map(operator.eq, map(operator.itemgetter(-1),
                                probe(str.lower, "A", "Σ")), repeat("ς"))
    ign2 = map(operator.eq, map(operator.itemgetter(1),
                                probe(str.lower, "AΣ")), repeat("ς"))
    flags["CASE_IGNORABLE"] = column(map(operator.and_, ign1, ign2))
    title = column(map(operator.eq, p["category"],
                       repeat(p["cat_names"].index("Lt"))))
    flags["TITLE"] = title
    # str.islower/isupper of one character hide the raw flags behind each
    # other; a cased letter after c exposes them: (c + "A").isupper() is
    # false exactly when c is lower or title.  A titlecase character is
    # neither lower nor upper in str's logic, so its raw bits are never
    # observable and stay clear.
    lower_or_title = map(operator.not_, probe(str.isupper, after="A"))
    upper_or_title = map(operator.not_, probe(str.islower, after="a"))
    flags["LOWER"] = column(map(operator.gt, lower_or_title, title))
    flags["UPPER"] = column(map(operator.gt, upper_or_title, title))
    for form in ("NFD", "NFKD", "NFC", "NFKC"):
        flags[form + "_NO"] = column(map(operator.not_,
                                         map(ud.is_normalized, repeat(form), chars)))
    p["flags"] = flags

    # str's digit predicates and unicodedata's values come from the same
    # CPython data; check they agree, since unicode.c relies on both.
    assert flags["DECIMAL"] == column(map(operator.ne, p["decimal"], repeat(0)))
    assert flags["DIGIT"] == column(map(operator.ne, p["digit"], repeat(0)))
    assert list(itertools.compress(range(N), flags["NUMERIC"])) == sorted(p["numeric"])
    return p


# ---------------------------------------------------------------- decomposition

def parse_decompositions(p, tags):
    """cp -> (tag index, [code points]); tag 0 is a canonical mapping."""
    out = {}
    for cp, s in p["decomposition"].items():
        parts = s.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = tags.index(parts[0]) + 1
            parts = parts[1:]
        out[cp] = (tag, [int(x, 16) for x in parts])
    return out


def composition_pairs(p, decomps):
    """(first, second, composite) for every primary composite.

    A canonical two-character mapping composes back unless the character
    is excluded from composition; a character normalizes to itself under
    NFC exactly when it is not excluded, so NFC tells us which."""
    pairs = []
    for cp, (tag, seq) in decomps.items():
        if tag == 0 and len(seq) == 2 and not p["flags"]["NFC_NO"][cp]:
            assert unicodedata.normalize("NFC", chr(cp)) == chr(cp)
            # unicode.c composes only onto starters, as CPython in effect
            # does; that holds while no first element is a combining mark.
            assert p["combining"][seq[0]] == 0, hex(cp)
            pairs.append((seq[0], seq[1], cp))
    pairs.sort()
    return pairs


# ---------------------------------------------------------------- records

def casing_value(cp, mapped, ext, ext_index):
    if len(mapped) == 1:
        return ord(mapped) - cp
    assert 1 < len(mapped) <= 3
    if mapped not in ext_index:
        ext_index[mapped] = len(ext)
        ext.extend(ord(c) for c in mapped)
    return CASE_EXT | (len(mapped) << 24) | ext_index[mapped]


def build_records(p, seconds):
    """Deduplicate per-code-point properties into records and an index."""
    ext, ext_index = [], {}
    casings = {(0, 0, 0, 0): 0}
    case_lo, case_hi = bytearray(N), bytearray(N)
    for cp, maps in p["casing"].items():
        rec = tuple(casing_value(cp, m, ext, ext_index) for m in maps)
        i = casings.setdefault(rec, len(casings))
        case_lo[cp], case_hi[cp] = i & 255, i >> 8

    numerics = [0.0] + sorted(set(p["numeric"].values()))
    num_index = {x: i for i, x in enumerate(numerics)}
    num = bytearray(N)
    for cp, x in p["numeric"].items():
        num[cp] = num_index[x]
    maybe = bytearray(N)
    for cp in seconds:
        maybe[cp] = 1
    flags = [p["flags"][name] for name in FLAGS[:-1]] + [maybe]
    assert FLAGS[-1] == "NFC_MAYBE"

    columns = flags + [p["category"], p["bidi"], p["combining"], p["eaw"],
                       p["decimal"], p["digit"], num, case_lo, case_hi]
    # Record 0 is an unassigned code point's, the answer for cp > 0x10FFFF.
    records = {tuple(c[0x10FFFF] for c in columns): 0}
    records.update(dict.fromkeys(zip(*columns)))
    for i, key in enumerate(records):
        records[key] = i
    index = list(map(records.__getitem__, zip(*columns)))
    nf = len(flags)
    packed = []
    for rec in records:
        word = sum(1 << i for i, bit in enumerate(rec[:nf]) if bit)
        cat, bidi, comb, eaw, dec, dig, n, lo, hi = rec[nf:]
        packed.append((word, cat, bidi, comb, eaw, dec - 1, dig - 1, n, lo | hi << 8))
    return {
        "numerics": numerics, "records": packed, "index": index,
        "casings": list(casings), "case_ext": ext,
    }


# ---------------------------------------------------------------- 3-level index

def width(values):
    m, lo = max(values), min(values)
    assert lo >= 0
    return 1 if m < 256 else 2 if m < 65536 else 4


def split3(values):
    """Smallest 3-level split of a 0x110000-entry table.

    lookup(cp) = leaf[(mid[(top[cp >> (s2 + s3)] << s2)
                          + ((cp >> s3) & (2**s2 - 1))] << s3)
                     + (cp & (2**s3 - 1))]
    Identical blocks are stored once at both lower levels.
    """
    best = None
    for s3 in range(3, 9):
        size = 1 << s3
        leaves, ids = {}, []
        for i in range(0, N, size):
            ids.append(leaves.setdefault(tuple(values[i:i + size]), len(leaves)))
        leaf = [v for block in leaves for v in block]
        for s2 in range(2, 11):
            if s2 + s3 > 16:
                break
            msize = 1 << s2
            mids, top = {}, []
            for i in range(0, len(ids), msize):
                top.append(mids.setdefault(tuple(ids[i:i + msize]), len(mids)))
            mid = [v for block in mids for v in block]
            cost = (len(top) * width(top) + len(mid) * width(mid)
                    + len(leaf) * width(leaf))
            if best is None or cost < best[0]:
                best = (cost, s2, s3, top, mid, leaf)
    return best


# ---------------------------------------------------------------- names

TOK_END, TOK_HYPHEN, TOK_SPACE, TOK_HEX, TOK_WORD = 0, 1, 2, 3, 4
GROUP = 16      # names per front-coding group (unicode.c: KR_UDB_NAME_GROUP)
CHUNK = 32      # code points per presence mask


def tokenize(cp, name):
    """A name as tokens: words, and the separators a single space between
    two words does not cover.  A word spelling the code point in hex
    (CJK COMPATIBILITY IDEOGRAPH-F900) becomes TOK_HEX."""
    parts = re.findall(r"[A-Z0-9]+|[ -]", name)
    assert "".join(parts) == name, name
    toks = []
    for i, s in enumerate(parts):
        if s == " ":
            implicit = (i > 0 and parts[i - 1] not in " -"
                        and i + 1 < len(parts) and parts[i + 1] not in " -")
            if not implicit:
                toks.append((TOK_SPACE,))
        elif s == "-":
            toks.append((TOK_HYPHEN,))
        elif s == "%04X" % cp:
            toks.append((TOK_HEX,))
        else:
            toks.append((TOK_WORD, s))
    return toks


def untokenize(cp, toks):
    """The decoder of unicode.c, in Python, to check the encoding."""
    out, prev_word = [], False
    for t in toks:
        if t[0] in (TOK_WORD, TOK_HEX):
            if prev_word:
                out.append(" ")
            out.append(t[1] if t[0] == TOK_WORD else "%04X" % cp)
            prev_word = True
        else:
            out.append("-" if t[0] == TOK_HYPHEN else " ")
            prev_word = False
    return "".join(out)


def split_names(names):
    """Stored names, plus the algorithmic ranges checked against Python."""
    stored, cjk = {}, []
    for cp, name in names.items():
        if name.startswith(CJK_PREFIX):
            assert name == CJK_PREFIX + "%X" % cp
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
        elif name.startswith(HANGUL_PREFIX):
            assert SBASE <= cp < SBASE + SCOUNT
        else:
            assert re.fullmatch(r"[A-Z0-9 -]+", name), name
            stored[cp] = name
    for cp in range(SBASE, SBASE + SCOUNT):
        assert unicodedata.name(chr(cp)).startswith(HANGUL_PREFIX)
    return stored, cjk


def jamo_names():
    """Short names of the leading, vowel and trailing jamo, read off the
    syllable names (IEUNG has an empty leading name, and T index 0 is
    "no trailing consonant")."""
    name = lambda cp: unicodedata.name(chr(cp))[len(HANGUL_PREFIX):]
    vnames = [name(SBASE + (11 * 21 + v) * 28) for v in range(21)]
    lnames = [name(SBASE + l * 588)[:-1] for l in range(19)]
    tnames = [name(SBASE + 11 * 588 + t)[1:] for t in range(28)]
    assert vnames[0] == "A" and lnames[11] == "" and tnames[0] == ""
    for s in range(SCOUNT):
        l, v, t = s // 588, (s % 588) // 28, s % 28
        assert name(SBASE + s) == lnames[l] + vnames[v] + tnames[t]
    return lnames, vnames, tnames


def build_names(stored):
    toks = {cp: tokenize(cp, n) for cp, n in stored.items()}
    for cp, t in toks.items():
        assert untokenize(cp, t) == stored[cp]
    counts = {}
    for t in toks.values():
        for tok in t:
            if tok[0] == TOK_WORD:
                counts[tok[1]] = counts.get(tok[1], 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    word_ix = {w: i for i, w in enumerate(words)}
    # The most frequent words get one byte, the rest two: lead bytes from
    # `two` up to 255, each followed by a low byte.
    one = 256 - TOK_WORD
    while (256 - (TOK_WORD + one)) * 256 < len(words) - one:
        one -= 1
    two = TOK_WORD + one

    def code(tok):
        if tok[0] != TOK_WORD:
            return [tok[0]]
        i = word_ix[tok[1]]
        if i < one:
            return [TOK_WORD + i]
        i -= one
        return [two + (i >> 8), i & 255]

    cps = sorted(stored)
    book, restarts, prev = [], [], []
    for e, cp in enumerate(cps):
        t = toks[cp]
        if e % GROUP == 0:
            restarts.append(len(book))
            prev = []
        shared = 0
        while shared < min(len(prev), len(t)) and prev[shared] == t[shared]:
            shared += 1
        assert shared < 256
        book.append(shared)
        for tok in t[shared:]:
            book.extend(code(tok))
        book.append(TOK_END)
        prev = t
    lexicon = "".join(words)
    offsets = [0]
    for w in words:
        offsets.append(offsets[-1] + len(w))

    chunk_key, chunk_mask, chunk_base = [], [], []
    for e, cp in enumerate(cps):
        if not chunk_key or chunk_key[-1] != cp // CHUNK:
            chunk_key.append(cp // CHUNK)
            chunk_mask.append(0)
            chunk_base.append(e)
        chunk_mask[-1] |= 1 << (cp % CHUNK)
    order = sorted(range(len(cps)), key=lambda e: stored[cps[e]])
    assert len(cps) < 65536 and offsets[-1] < 65536
    return {
        "book": book, "restarts": restarts, "lexicon": lexicon,
        "word_off": offsets, "one": one, "two": two,
        "chunk_key": chunk_key, "chunk_mask": chunk_mask,
        "chunk_base": chunk_base, "order": order,
        "max_tokens": max(len(t) for t in toks.values()),
    }


def aliases_and_sequences(char_names):
    """The embedded lists, checked; character names, aliases and sequence
    names share one namespace, which the lookup in unicode.c relies on."""
    aliases = []
    for line in ALIASES.strip().splitlines():
        cp, names = line.split(" ", 1)
        for name in names.split("; "):
            aliases.append((name, int(cp, 16)))
    seqs = []
    for line in NAMED_SEQUENCES.strip().splitlines():
        cps, name = line.split(": ")
        seqs.append((name, [int(x, 16) for x in cps.split()]))
    taken = set(char_names.values())
    for name, cp in aliases:
        assert unicodedata.lookup(name) == chr(cp), name
        assert name not in taken, name
    taken.update(name for name, _ in aliases)
    for name, cps in seqs:
        assert unicodedata.lookup(name) == "".join(map(chr, cps)), name
        assert name not in taken, name
        assert len(cps) <= 4 and max(cps) < 65536
    aliases.sort()
    seqs.sort()
    return aliases, seqs


# ---------------------------------------------------------------- Unicode 3.2.0

OLD_PROPS = ("category", "bidirectional", "east_asian_width", "mirrored", "decimal",
             "combining", "digit", "numeric", "decomposition")


SAME = object()     # a property ucd_3_2_0 answers as the current data does


def old_props(db, c):
    return (db.category(c), db.bidirectional(c), db.east_asian_width(c), db.mirrored(c),
            db.decimal(c, None), db.combining(c), db.digit(c, None), db.numeric(c, None),
            db.decomposition(c))


def collect_old(p):
    """What unicodedata.ucd_3_2_0 answers differently from the current data.

    CPython keeps the 3.2.0 database as a delta: characters assigned since
    (every property then that of an unassigned one, and no name) and a few
    changed properties.  Both are sparse, so they are stored as sorted
    ranges and a sorted change list.  Only the first five properties ever
    changed for an assigned character; the generator checks that, so a data
    update that changes more fails here instead of shipping wrong answers."""
    old, ud = unicodedata.ucd_3_2_0, unicodedata
    chars = [chr(cp) for cp in range(N)]
    was_cn = map(operator.eq, map(old.category, chars), repeat("Cn"))
    is_cn = map(operator.eq, map(ud.category, chars), repeat("Cn"))
    new = list(itertools.compress(range(N), map(operator.gt, was_cn, is_cn)))
    ranges = []
    for cp in new:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    unassigned = old_props(old, chr(0x10FFFF))
    assert unassigned[3:] == (0, None, 0, None, None, ""), unassigned
    # CPython's digit() never consults the 3.2.0 delta (decimal() and
    # numeric() do), so a new digit keeps its current value there.
    for cp in new:
        props = old_props(old, chars[cp])
        assert props[:6] + props[7:] == unassigned[:6] + unassigned[7:], hex(cp)
        assert props[6] == ud.digit(chars[cp], None)
        assert old.name(chars[cp], None) is None
    newset = set(new)
    differs = map(operator.ne, map(old_props, repeat(old), chars),
                  map(old_props, repeat(ud), chars))
    changes = []
    for cp in itertools.compress(range(N), differs):
        if cp in newset:
            continue
        a, b = old_props(old, chars[cp]), old_props(ud, chars[cp])
        assert a[5:] == b[5:], hex(cp)
        assert old.name(chars[cp], None) == ud.name(chars[cp], None)
        changes.append((cp,) + tuple(x if x != y else SAME for x, y in zip(a[:5], b[:5])))
    # CPython's normalization_3_2_0: a few CJK compatibility ideographs
    # whose decomposition was corrected since.  Found as the characters
    # whose 3.2.0 NFD differs other than by being new; each maps to one
    # character, which normalization decomposes further.
    corrections = []
    nfd_differs = map(operator.ne, map(old.normalize, repeat("NFD"), chars),
                      map(ud.normalize, repeat("NFD"), chars))
    for cp in itertools.compress(range(N), nfd_differs):
        if cp not in newset:
            target = old.normalize("NFD", chars[cp])
            assert len(target) == 1, hex(cp)
            corrections.append((cp, ord(target)))
    return {"ranges": ranges, "unassigned": unassigned, "changes": changes,
            "corrections": corrections}


def emit_old(o, p, old):
    o("/* Unicode 3.2.0 (unicodedata.ucd_3_2_0) as a delta from the current data:")
    o(" * the ranges of characters assigned since (then unassigned, with no name),")
    o(" * and the properties that changed, sorted by code point. */")
    o('#define KR_UDB_OLD_UNASSIGNED_CATEGORY "%s"' % old["unassigned"][0])
    o('#define KR_UDB_OLD_UNASSIGNED_BIDI "%s"' % old["unassigned"][1])
    o('#define KR_UDB_OLD_UNASSIGNED_EAW "%s"' % old["unassigned"][2])
    o(f"static const uint32_t udb_old_new_ranges[{len(old['ranges'])}][2] = {{")
    for a, b in old["ranges"]:
        o("    {0x%X, 0x%X}," % (a, b))
    o("};")
    o("typedef struct UdbOld {")
    o("    uint32_t cp;")
    o("    uint8_t category, bidi, eaw;  /* name indexes; 0xFF: unchanged */")
    o("    int8_t mirrored;              /* -1: unchanged */")
    o("    int8_t decimal;               /* -2: unchanged, -1: none */")
    o("} UdbOld;")
    o(f"static const UdbOld udb_old_changes[{len(old['changes'])}] = {{")

    def ix(names, v):
        return 0xFF if v is SAME else names.index(v)
    for cp, cat, bidi, eaw, mir, dec in old["changes"]:
        o("    {0x%X,%d,%d,%d,%d,%d}," % (
            cp, ix(p["cat_names"], cat), ix(p["bidi_names"], bidi), ix(p["eaw_names"], eaw),
            -1 if mir is SAME else mir, -2 if dec is SAME else -1 if dec is None else dec))
    o("};")
    o("/* Normalization corrections: (code point, its 3.2.0 one-character mapping). */")
    o(f"static const uint32_t udb_old_norm_fix[{len(old['corrections'])}][2] = {{")
    for cp, target in old["corrections"]:
        o("    {0x%X, 0x%X}," % (cp, target))
    o("};")
    o()


# ---------------------------------------------------------------- emit

class Out:
    def __init__(self):
        self.lines = []

    def __call__(self, s=""):
        self.lines.append(s)

    def array(self, ctype, name, values, fmt=str):
        self(f"static const {ctype} {name}[{len(values)}] = {{")
        line = ""
        for v in values:
            s = fmt(v) + ","
            if len(line) + len(s) > 99:
                self(line)
                line = ""
            line += s
        if line:
            self(line)
        self("};")

    def strings(self, name, values):
        """An array of short string constants."""
        self(f"static const char *const {name}[{len(values)}] = {{")
        for i in range(0, len(values), 8):
            self("    " + ", ".join('"%s"' % v for v in values[i:i + 8]) + ",")
        self("};")

    def blob(self, name, text):
        """One string literal holding text, cut into lines."""
        self(f"static const char {name}[{len(text) + 1}] =")
        for i in range(0, len(text), 96):
            self('    "%s"' % text[i:i + 96])
        if not text:
            self('    ""')
        self(";")

    def index(self, name, values):
        """A 3-level table and the inline function that reads it."""
        cost, s2, s3, top, mid, leaf = split3(values)
        ctype = {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}
        self(f"/* {name}: 3-level index, {cost} bytes (shifts {s2}, {s3}). */")
        self.array(ctype[width(top)], f"{name}_top", top)
        self.array(ctype[width(mid)], f"{name}_mid", mid)
        self.array(ctype[width(leaf)], f"{name}_leaf", leaf)
        self(f"static inline uint32_t {name}_index(uint32_t cp)")
        self("{")
        self(f"    uint32_t m = {name}_top[cp >> {s2 + s3}];")
        self(f"    uint32_t l = {name}_mid[(m << {s2}) + ((cp >> {s3}) & {(1 << s2) - 1})];")
        self(f"    return {name}_leaf[(l << {s3}) + (cp & {(1 << s3) - 1})];")
        self("}")
        self()


def emit(path, p):
    tags = sorted(set(s.split()[0] for s in p["decomposition"].values()
                      if s.startswith("<")))
    decomps = parse_decompositions(p, tags)
    pairs = composition_pairs(p, decomps)
    seconds = sorted(set(b for _, b, _ in pairs)
                     | set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3)))
    r = build_records(p, seconds)
    stored, cjk = split_names(p["names"])
    lnames, vnames, tnames = jamo_names()
    nm = build_names(stored)
    aliases, seqs = aliases_and_sequences(p["names"])

    o = Out()
    o("/* unicode_db.h -- generated by tools/gen_unicode.py from python3.11's")
    o(" * unicodedata (Unicode %s).  Do not edit; included only by"
      % unicodedata.unidata_version)
    o(" * src/core/unicode.c, whose header comment explains the layout. */")
    o()
    o('#define KR_UDB_VERSION "%s"' % unicodedata.unidata_version)
    for name in FLAGS:
        o("#define KR_UDB_%s 0x%05Xu" % (name, FLAG[name]))
    o("#define KR_UDB_CASE_EXT 0x%Xu" % CASE_EXT)
    o()
    o("typedef struct UdbProps {")
    o("    uint32_t flags;         /* KR_UDB_* bits */")
    o("    uint8_t category;       /* index into udb_category_names */")
    o("    uint8_t bidi;           /* index into udb_bidi_names */")
    o("    uint8_t combining;      /* canonical combining class */")
    o("    uint8_t eaw;            /* index into udb_eaw_names */")
    o("    int8_t decimal, digit;  /* -1: none */")
    o("    uint8_t numeric;        /* index into udb_numerics; 0: none */")
    o("    uint16_t casing;        /* index into udb_casings */")
    o("} UdbProps;")
    o()
    o.strings("udb_category_names", p["cat_names"])
    o.strings("udb_bidi_names", p["bidi_names"])
    o.strings("udb_eaw_names", p["eaw_names"])
    o.strings("udb_decomp_tags", [""] + tags)
    o.array("double", "udb_numerics", r["numerics"], float.hex)
    o()
    o("/* {flags, category, bidi, combining, eaw, decimal, digit, numeric, casing} */")
    o(f"static const UdbProps udb_props[{len(r['records'])}] = {{")
    for rec in r["records"]:
        o("    {0x%05X,%d,%d,%d,%d,%d,%d,%d,%d}," % rec)
    o("};")
    o.index("props", r["index"])

    o("/* {lower, upper, title, casefold}: delta to the code point, or")
    o(" * KR_UDB_CASE_EXT | length << 24 | offset into udb_case_ext. */")
    o(f"static const int32_t udb_casings[{len(r['casings'])}][4] = {{")
    for c in r["casings"]:
        o("    {%d,%d,%d,%d}," % c)
    o("};")
    o.array("uint32_t", "udb_case_ext", r["case_ext"])
    o()

    data, offsets = [0], [0] * N
    for cp, (tag, seq) in decomps.items():
        offsets[cp] = len(data)
        data.append(tag | len(seq) << 8)
        data.extend(seq)
    assert len(data) < 65536
    o("/* Decompositions: word (tag | count << 8), then count code points;")
    o(" * tag 0 is canonical, else an index into udb_decomp_tags. */")
    o("#define KR_UDB_DECOMP_MAX %d" % max(len(s) for _, s in decomps.values()))
    o.array("uint32_t", "udb_decomp_data", data)
    o.index("decomp", offsets)

    o("/* Canonical composition: (first << 42 | second << 21 | composite), sorted. */")
    o.array("uint64_t", "udb_comp_pairs",
            [a << 42 | b << 21 | c for a, b, c in pairs], lambda v: "0x%XU" % v)
    o()

    maxlen = max(len(n) for n in
                 list(stored.values()) + [a for a, _ in aliases] + [s for s, _ in seqs])
    maxlen = max(maxlen, len(CJK_PREFIX) + 5,
                 len(HANGUL_PREFIX) + max(map(len, lnames)) + max(map(len, vnames))
                 + max(map(len, tnames)))
    o("/* Names, as unicode.h describes.  Each name: the count of tokens shared")
    o(" * with the previous name, its other tokens, 0.  Token bytes: 0 end, 1 '-',")
    o(" * 2 ' ', 3 the code point in hex, then one-byte word codes (word index")
    o(" * + 4), then lead bytes of two-byte ones; a space between two words is")
    o(" * implicit. */")
    o("#define KR_UDB_NAME_LEN_MAX %d" % maxlen)
    o("#define KR_UDB_NAME_TOKENS_MAX %d" % nm["max_tokens"])
    o("#define KR_UDB_NAME_GROUP %d" % GROUP)
    o("#define KR_UDB_NAME_TWO_BYTE %d   /* token byte >= this: a two-byte word code */"
      % nm["two"])
    o("#define KR_UDB_NAME_COUNT %d" % len(nm["order"]))
    o.blob("udb_lexicon", nm["lexicon"])
    o.array("uint16_t", "udb_word_off", nm["word_off"])
    o.array("uint8_t", "udb_phrasebook", nm["book"])
    o.array("uint32_t", "udb_name_restart", nm["restarts"])
    o.array("uint16_t", "udb_name_chunk_key", nm["chunk_key"])
    o.array("uint32_t", "udb_name_chunk_mask", nm["chunk_mask"], lambda v: "0x%X" % v)
    o.array("uint16_t", "udb_name_chunk_base", nm["chunk_base"])
    o.array("uint16_t", "udb_name_order", nm["order"])
    o()
    o("/* Computed names: CJK unified ideograph ranges, Hangul jamo short names. */")
    o(f"static const uint32_t udb_cjk_ranges[{len(cjk)}][2] = {{")
    for a, b in cjk:
        o("    {0x%X, 0x%X}," % (a, b))
    o("};")
    o.strings("udb_jamo_l", lnames)
    o.strings("udb_jamo_v", vnames)
    o.strings("udb_jamo_t", tnames)
    o()

    def text_table(prefix, names):
        text, offs = "", []
        for n in names:
            offs.append(len(text))
            text += n
        offs.append(len(text))
        o.blob(f"udb_{prefix}_text", text)
        o.array("uint16_t", f"udb_{prefix}_off", offs)

    o("/* Name aliases (NameAliases.txt), sorted by name. */")
    text_table("alias", [a for a, _ in aliases])
    o.array("uint32_t", "udb_alias_cp", [cp for _, cp in aliases], lambda v: "0x%X" % v)
    o("/* Named sequences (NamedSequences.txt), sorted by name. */")
    text_table("seq", [s for s, _ in seqs])
    o(f"static const uint16_t udb_seq_cps[{len(seqs)}][4] = {{")
    for _, cps in seqs:
        o("    {%s}," % ",".join("0x%X" % c for c in cps + [0] * (4 - len(cps))))
    o("};")

    emit_old(o, p, collect_old(p))

    text = "\n".join(o.lines) + "\n"
    with open(path, "w") as f:
        f.write(text)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_unicode.py OUTPUT.h")
    # Millions of small tuples and no cycles: the collector would only
    # rescan them again and again (it doubles the run time).
    gc.disable()
    emit(sys.argv[1], collect())


# The two lists python3.11 cannot enumerate.  Source: Unicode 14.0.0
# NameAliases.txt and NamedSequences.txt, in the order CPython 3.11 stores
# them (checked against unicodedata.lookup above).
ALIASES = """
0000 NULL; NUL
0001 START OF HEADING; SOH
0002 START OF TEXT; STX
0003 END OF TEXT; ETX
0004 END OF TRANSMISSION; EOT
0005 ENQUIRY; ENQ
0006 ACKNOWLEDGE; ACK
0007 ALERT; BEL
0008 BACKSPACE; BS
0009 CHARACTER TABULATION; HORIZONTAL TABULATION; HT; TAB
000A LINE FEED; NEW LINE; END OF LINE; EOL; LF; NL
000B LINE TABULATION; VERTICAL TABULATION; VT
000C FORM FEED; FF
000D CARRIAGE RETURN; CR
000E SHIFT OUT; LOCKING-SHIFT ONE; SO
000F SHIFT IN; LOCKING-SHIFT ZERO; SI
0010 DATA LINK ESCAPE; DLE
0011 DEVICE CONTROL ONE; DC1
0012 DEVICE CONTROL TWO; DC2
0013 DEVICE CONTROL THREE; DC3
0014 DEVICE CONTROL FOUR; DC4
0015 NEGATIVE ACKNOWLEDGE; NAK
0016 SYNCHRONOUS IDLE; SYN
0017 END OF TRANSMISSION BLOCK; ETB
0018 CANCEL; CAN
0019 END OF MEDIUM; EOM
001A SUBSTITUTE; SUB
001B ESCAPE; ESC
001C INFORMATION SEPARATOR FOUR; FILE SEPARATOR; FS
001D INFORMATION SEPARATOR THREE; GROUP SEPARATOR; GS
001E INFORMATION SEPARATOR TWO; RECORD SEPARATOR; RS
001F INFORMATION SEPARATOR ONE; UNIT SEPARATOR; US
0020 SP
007F DELETE; DEL
0080 PADDING CHARACTER; PAD
0081 HIGH OCTET PRESET; HOP
0082 BREAK PERMITTED HERE; BPH
0083 NO BREAK HERE; NBH
0084 INDEX; IND
0085 NEXT LINE; NEL
0086 START OF SELECTED AREA; SSA
0087 END OF SELECTED AREA; ESA
0088 CHARACTER TABULATION SET; HORIZONTAL TABULATION SET; HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION; HORIZONTAL TABULATION WITH JUSTIFICATION; HTJ
008A LINE TABULATION SET; VERTICAL TABULATION SET; VTS
008B PARTIAL LINE FORWARD; PARTIAL LINE DOWN; PLD
008C PARTIAL LINE BACKWARD; PARTIAL LINE UP; PLU
008D REVERSE LINE FEED; REVERSE INDEX; RI
008E SINGLE SHIFT TWO; SINGLE-SHIFT-2; SS2
008F SINGLE SHIFT THREE; SINGLE-SHIFT-3; SS3
0090 DEVICE CONTROL STRING; DCS
0091 PRIVATE USE ONE; PRIVATE USE-1; PU1
0092 PRIVATE USE TWO; PRIVATE USE-2; PU2
0093 SET TRANSMIT STATE; STS
0094 CANCEL CHARACTER; CCH
0095 MESSAGE WAITING; MW
0096 START OF GUARDED AREA; START OF PROTECTED AREA; SPA
0097 END OF GUARDED AREA; END OF PROTECTED AREA; EPA
0098 START OF STRING; SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER; SGC
009A SINGLE CHARACTER INTRODUCER; SCI
009B CONTROL SEQUENCE INTRODUCER; CSI
009C STRING TERMINATOR; ST
009D OPERATING SYSTEM COMMAND; OSC
009E PRIVACY MESSAGE; PM
009F APPLICATION PROGRAM COMMAND; APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE HANGUL JONGSEONG SSANGYESIEUNG
11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B FVS1
180C FVS2
180D FVS3
180E MVS
180F FVS4
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
AA6E MYANMAR LETTER KHAMTI LLA
FE00 VS1
FE01 VS2
FE02 VS3
FE03 VS4
FE04 VS5
FE05 VS6
FE06 VS7
FE07 VS8
FE08 VS9
FE09 VS10
FE0A VS11
FE0B VS12
FE0C VS13
FE0D VS14
FE0E VS15
FE0F VS16
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK; BOM; ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56 MEDEFAIDRIN CAPITAL LETTER H
16E57 MEDEFAIDRIN CAPITAL LETTER NG
16E76 MEDEFAIDRIN SMALL LETTER H
16E77 MEDEFAIDRIN SMALL LETTER NG
1B001 HENTAIGANA LETTER E-1
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
E0100 VS17
E0101 VS18
E0102 VS19
E0103 VS20
E0104 VS21
E0105 VS22
E0106 VS23
E0107 VS24
E0108 VS25
E0109 VS26
E010A VS27
E010B VS28
E010C VS29
E010D VS30
E010E VS31
E010F VS32
E0110 VS33
E0111 VS34
E0112 VS35
E0113 VS36
E0114 VS37
E0115 VS38
E0116 VS39
E0117 VS40
E0118 VS41
E0119 VS42
E011A VS43
E011B VS44
E011C VS45
E011D VS46
E011E VS47
E011F VS48
E0120 VS49
E0121 VS50
E0122 VS51
E0123 VS52
E0124 VS53
E0125 VS54
E0126 VS55
E0127 VS56
E0128 VS57
E0129 VS58
E012A VS59
E012B VS60
E012C VS61
E012D VS62
E012E VS63
E012F VS64
E0130 VS65
E0131 VS66
E0132 VS67
E0133 VS68
E0134 VS69
E0135 VS70
E0136 VS71
E0137 VS72
E0138 VS73
E0139 VS74
E013A VS75
E013B VS76
E013C VS77
E013D VS78
E013E VS79
E013F VS80
E0140 VS81
E0141 VS82
E0142 VS83
E0143 VS84
E0144 VS85
E0145 VS86
E0146 VS87
E0147 VS88
E0148 VS89
E0149 VS90
E014A VS91
E014B VS92
E014C VS93
E014D VS94
E014E VS95
E014F VS96
E0150 VS97
E0151 VS98
E0152 VS99
E0153 VS100
E0154 VS101
E0155 VS102
E0156 VS103
E0157 VS104
E0158 VS105
E0159 VS106
E015A VS107
E015B VS108
E015C VS109
E015D VS110
E015E VS111
E015F VS112
E0160 VS113
E0161 VS114
E0162 VS115
E0163 VS116
E0164 VS117
E0165 VS118
E0166 VS119
E0167 VS120
E0168 VS121
E0169 VS122
E016A VS123
E016B VS124
E016C VS125
E016D VS126
E016E VS127
E016F VS128
E0170 VS129
E0171 VS130
E0172 VS131
E0173 VS132
E0174 VS133
E0175 VS134
E0176 VS135
E0177 VS136
E0178 VS137
E0179 VS138
E017A VS139
E017B VS140
E017C VS141
E017D VS142
E017E VS143
E017F VS144
E0180 VS145
E0181 VS146
E0182 VS147
E0183 VS148
E0184 VS149
E0185 VS150
E0186 VS151
E0187 VS152
E0188 VS153
E0189 VS154
E018A VS155
E018B VS156
E018C VS157
E018D VS158
E018E VS159
E018F VS160
E0190 VS161
E0191 VS162
E0192 VS163
E0193 VS164
E0194 VS165
E0195 VS166
E0196 VS167
E0197 VS168
E0198 VS169
E0199 VS170
E019A VS171
E019B VS172
E019C VS173
E019D VS174
E019E VS175
E019F VS176
E01A0 VS177
E01A1 VS178
E01A2 VS179
E01A3 VS180
E01A4 VS181
E01A5 VS182
E01A6 VS183
E01A7 VS184
E01A8 VS185
E01A9 VS186
E01AA VS187
E01AB VS188
E01AC VS189
E01AD VS190
E01AE VS191
E01AF VS192
E01B0 VS193
E01B1 VS194
E01B2 VS195
E01B3 VS196
E01B4 VS197
E01B5 VS198
E01B6 VS199
E01B7 VS200
E01B8 VS201
E01B9 VS202
E01BA VS203
E01BB VS204
E01BC VS205
E01BD VS206
E01BE VS207
E01BF VS208
E01C0 VS209
E01C1 VS210
E01C2 VS211
E01C3 VS212
E01C4 VS213
E01C5 VS214
E01C6 VS215
E01C7 VS216
E01C8 VS217
E01C9 VS218
E01CA VS219
E01CB VS220
E01CC VS221
E01CD VS222
E01CE VS223
E01CF VS224
E01D0 VS225
E01D1 VS226
E01D2 VS227
E01D3 VS228
E01D4 VS229
E01D5 VS230
E01D6 VS231
E01D7 VS232
E01D8 VS233
E01D9 VS234
E01DA VS235
E01DB VS236
E01DC VS237
E01DD VS238
E01DE VS239
E01DF VS240
E01E0 VS241
E01E1 VS242
E01E2 VS243
E01E3 VS244
E01E4 VS245
E01E5 VS246
E01E6 VS247
E01E7 VS248
E01E8 VS249
E01E9 VS250
E01EA VS251
E01EB VS252
E01EC VS253
E01ED VS254
E01EE VS255
E01EF VS256
"""

NAMED_SEQUENCES = """
0023 FE0F 20E3: KEYCAP NUMBER SIGN
002A FE0F 20E3: KEYCAP ASTERISK
0030 FE0F 20E3: KEYCAP DIGIT ZERO
0031 FE0F 20E3: KEYCAP DIGIT ONE
0032 FE0F 20E3: KEYCAP DIGIT TWO
0033 FE0F 20E3: KEYCAP DIGIT THREE
0034 FE0F 20E3: KEYCAP DIGIT FOUR
0035 FE0F 20E3: KEYCAP DIGIT FIVE
0036 FE0F 20E3: KEYCAP DIGIT SIX
0037 FE0F 20E3: KEYCAP DIGIT SEVEN
0038 FE0F 20E3: KEYCAP DIGIT EIGHT
0039 FE0F 20E3: KEYCAP DIGIT NINE
0100 0300: LATIN CAPITAL LETTER A WITH MACRON AND GRAVE
0101 0300: LATIN SMALL LETTER A WITH MACRON AND GRAVE
012A 0300: LATIN CAPITAL LETTER I WITH MACRON AND GRAVE
012B 0300: LATIN SMALL LETTER I WITH MACRON AND GRAVE
016A 0300: LATIN CAPITAL LETTER U WITH MACRON AND GRAVE
016B 0300: LATIN SMALL LETTER U WITH MACRON AND GRAVE
0045 0329: LATIN CAPITAL LETTER E WITH VERTICAL LINE BELOW
0065 0329: LATIN SMALL LETTER E WITH VERTICAL LINE BELOW
00C8 0329: LATIN CAPITAL LETTER E WITH VERTICAL LINE BELOW AND GRAVE
00E8 0329: LATIN SMALL LETTER E WITH VERTICAL LINE BELOW AND GRAVE
00C9 0329: LATIN CAPITAL LETTER E WITH VERTICAL LINE BELOW AND ACUTE
00E9 0329: LATIN SMALL LETTER E WITH VERTICAL LINE BELOW AND ACUTE
004F 0329: LATIN CAPITAL LETTER O WITH VERTICAL LINE BELOW
006F 0329: LATIN SMALL LETTER O WITH VERTICAL LINE BELOW
00D2 0329: LATIN CAPITAL LETTER O WITH VERTICAL LINE BELOW AND GRAVE
00F2 0329: LATIN SMALL LETTER O WITH VERTICAL LINE BELOW AND GRAVE
00D3 0329: LATIN CAPITAL LETTER O WITH VERTICAL LINE BELOW AND ACUTE
00F3 0329: LATIN SMALL LETTER O WITH VERTICAL LINE BELOW AND ACUTE
0053 0329: LATIN CAPITAL LETTER S WITH VERTICAL LINE BELOW
0073 0329: LATIN SMALL LETTER S WITH VERTICAL LINE BELOW
00CA 0304: LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND MACRON
00EA 0304: LATIN SMALL LETTER E WITH CIRCUMFLEX AND MACRON
00CA 030C: LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND CARON
00EA 030C: LATIN SMALL LETTER E WITH CIRCUMFLEX AND CARON
0069 0307 0301: LATIN SMALL LETTER I WITH DOT ABOVE AND ACUTE
006E 0360 0067: LATIN SMALL LETTER NG WITH TILDE ABOVE
0104 0301: LATIN CAPITAL LETTER A WITH OGONEK AND ACUTE
0105 0301: LATIN SMALL LETTER A WITH OGONEK AND ACUTE
0104 0303: LATIN CAPITAL LETTER A WITH OGONEK AND TILDE
0105 0303: LATIN SMALL LETTER A WITH OGONEK AND TILDE
0118 0301: LATIN CAPITAL LETTER E WITH OGONEK AND ACUTE
0119 0301: LATIN SMALL LETTER E WITH OGONEK AND ACUTE
0118 0303: LATIN CAPITAL LETTER E WITH OGONEK AND TILDE
0119 0303: LATIN SMALL LETTER E WITH OGONEK AND TILDE
0116 0301: LATIN CAPITAL LETTER E WITH DOT ABOVE AND ACUTE
0117 0301: LATIN SMALL LETTER E WITH DOT ABOVE AND ACUTE
0116 0303: LATIN CAPITAL LETTER E WITH DOT ABOVE AND TILDE
0117 0303: LATIN SMALL LETTER E WITH DOT ABOVE AND TILDE
0069 0307 0300: LATIN SMALL LETTER I WITH DOT ABOVE AND GRAVE
0069 0307 0303: LATIN SMALL LETTER I WITH DOT ABOVE AND TILDE
012E 0301: LATIN CAPITAL LETTER I WITH OGONEK AND ACUTE
012F 0307 0301: LATIN SMALL LETTER I WITH OGONEK AND DOT ABOVE AND ACUTE
012E 0303: LATIN CAPITAL LETTER I WITH OGONEK AND TILDE
012F 0307 0303: LATIN SMALL LETTER I WITH OGONEK AND DOT ABOVE AND TILDE
004A 0303: LATIN CAPITAL LETTER J WITH TILDE
006A 0307 0303: LATIN SMALL LETTER J WITH DOT ABOVE AND TILDE
004C 0303: LATIN CAPITAL LETTER L WITH TILDE
006C 0303: LATIN SMALL LETTER L WITH TILDE
004D 0303: LATIN CAPITAL LETTER M WITH TILDE
006D 0303: LATIN SMALL LETTER M WITH TILDE
0052 0303: LATIN CAPITAL LETTER R WITH TILDE
0072 0303: LATIN SMALL LETTER R WITH TILDE
0172 0301: LATIN CAPITAL LETTER U WITH OGONEK AND ACUTE
0173 0301: LATIN SMALL LETTER U WITH OGONEK AND ACUTE
0172 0303: LATIN CAPITAL LETTER U WITH OGONEK AND TILDE
0173 0303: LATIN SMALL LETTER U WITH OGONEK AND TILDE
016A 0301: LATIN CAPITAL LETTER U WITH MACRON AND ACUTE
016B 0301: LATIN SMALL LETTER U WITH MACRON AND ACUTE
016A 0303: LATIN CAPITAL LETTER U WITH MACRON AND TILDE
016B 0303: LATIN SMALL LETTER U WITH MACRON AND TILDE
00E6 0300: LATIN SMALL LETTER AE WITH GRAVE
0254 0300: LATIN SMALL LETTER OPEN O WITH GRAVE
0254 0301: LATIN SMALL LETTER OPEN O WITH ACUTE
028C 0300: LATIN SMALL LETTER TURNED V WITH GRAVE
028C 0301: LATIN SMALL LETTER TURNED V WITH ACUTE
0259 0300: LATIN SMALL LETTER SCHWA WITH GRAVE
0259 0301: LATIN SMALL LETTER SCHWA WITH ACUTE
025A 0300: LATIN SMALL LETTER HOOKED SCHWA WITH GRAVE
025A 0301: LATIN SMALL LETTER HOOKED SCHWA WITH ACUTE
0626 0627: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH ALEF
0626 0648: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH WAW
0626 0649: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH ALEF MAKSURA
0626 06C6: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH OE
0626 06C7: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH U
0626 06C8: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH YU
0626 06D0: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH E
0626 06D5: ARABIC SEQUENCE YEH WITH HAMZA ABOVE WITH AE
0646 06A9: ARABIC SEQUENCE NOON WITH KEHEH
0915 093C: DEVANAGARI SEQUENCE FOR LETTER QA
0916 093C: DEVANAGARI SEQUENCE FOR LETTER KHHA
0917 093C: DEVANAGARI SEQUENCE FOR LETTER GHHA
091C 093C: DEVANAGARI SEQUENCE FOR LETTER ZA
0921 093C: DEVANAGARI SEQUENCE FOR LETTER DDDHA
0922 093C: DEVANAGARI SEQUENCE FOR LETTER RHA
092B 093C: DEVANAGARI SEQUENCE FOR LETTER FA
092F 093C: DEVANAGARI SEQUENCE FOR LETTER YYA
09A1 09BC: BENGALI SEQUENCE FOR LETTER RRA
09A2 09BC: BENGALI SEQUENCE FOR LETTER RHA
09AF 09BC: BENGALI SEQUENCE FOR LETTER YYA
0A32 0A3C: GURMUKHI SEQUENCE FOR LETTER LLA
0A38 0A3C: GURMUKHI SEQUENCE FOR LETTER SHA
0A16 0A3C: GURMUKHI SEQUENCE FOR LETTER KHHA
0A17 0A3C: GURMUKHI SEQUENCE FOR LETTER GHHA
0A1C 0A3C: GURMUKHI SEQUENCE FOR LETTER ZA
0A2B 0A3C: GURMUKHI SEQUENCE FOR LETTER FA
0B21 0B3C: ORIYA SEQUENCE FOR LETTER RRA
0B22 0B3C: ORIYA SEQUENCE FOR LETTER RHA
0995 09CD 09B7: BENGALI LETTER KHINYA
0B95 0BCD: TAMIL CONSONANT K
0B99 0BCD: TAMIL CONSONANT NG
0B9A 0BCD: TAMIL CONSONANT C
0B9E 0BCD: TAMIL CONSONANT NY
0B9F 0BCD: TAMIL CONSONANT TT
0BA3 0BCD: TAMIL CONSONANT NN
0BA4 0BCD: TAMIL CONSONANT T
0BA8 0BCD: TAMIL CONSONANT N
0BAA 0BCD: TAMIL CONSONANT P
0BAE 0BCD: TAMIL CONSONANT M
0BAF 0BCD: TAMIL CONSONANT Y
0BB0 0BCD: TAMIL CONSONANT R
0BB2 0BCD: TAMIL CONSONANT L
0BB5 0BCD: TAMIL CONSONANT V
0BB4 0BCD: TAMIL CONSONANT LLL
0BB3 0BCD: TAMIL CONSONANT LL
0BB1 0BCD: TAMIL CONSONANT RR
0BA9 0BCD: TAMIL CONSONANT NNN
0B9C 0BCD: TAMIL CONSONANT J
0BB6 0BCD: TAMIL CONSONANT SH
0BB7 0BCD: TAMIL CONSONANT SS
0BB8 0BCD: TAMIL CONSONANT S
0BB9 0BCD: TAMIL CONSONANT H
0B95 0BCD 0BB7 0BCD: TAMIL CONSONANT KSS
0B95 0BBE: TAMIL SYLLABLE KAA
0B95 0BBF: TAMIL SYLLABLE KI
0B95 0BC0: TAMIL SYLLABLE KII
0B95 0BC1: TAMIL SYLLABLE KU
0B95 0BC2: TAMIL SYLLABLE KUU
0B95 0BC6: TAMIL SYLLABLE KE
0B95 0BC7: TAMIL SYLLABLE KEE
0B95 0BC8: TAMIL SYLLABLE KAI
0B95 0BCA: TAMIL SYLLABLE KO
0B95 0BCB: TAMIL SYLLABLE KOO
0B95 0BCC: TAMIL SYLLABLE KAU
0B99 0BBE: TAMIL SYLLABLE NGAA
0B99 0BBF: TAMIL SYLLABLE NGI
0B99 0BC0: TAMIL SYLLABLE NGII
0B99 0BC1: TAMIL SYLLABLE NGU
0B99 0BC2: TAMIL SYLLABLE NGUU
0B99 0BC6: TAMIL SYLLABLE NGE
0B99 0BC7: TAMIL SYLLABLE NGEE
0B99 0BC8: TAMIL SYLLABLE NGAI
0B99 0BCA: TAMIL SYLLABLE NGO
0B99 0BCB: TAMIL SYLLABLE NGOO
0B99 0BCC: TAMIL SYLLABLE NGAU
0B9A 0BBE: TAMIL SYLLABLE CAA
0B9A 0BBF: TAMIL SYLLABLE CI
0B9A 0BC0: TAMIL SYLLABLE CII
0B9A 0BC1: TAMIL SYLLABLE CU
0B9A 0BC2: TAMIL SYLLABLE CUU
0B9A 0BC6: TAMIL SYLLABLE CE
0B9A 0BC7: TAMIL SYLLABLE CEE
0B9A 0BC8: TAMIL SYLLABLE CAI
0B9A 0BCA: TAMIL SYLLABLE CO
0B9A 0BCB: TAMIL SYLLABLE COO
0B9A 0BCC: TAMIL SYLLABLE CAU
0B9E 0BBE: TAMIL SYLLABLE NYAA
0B9E 0BBF: TAMIL SYLLABLE NYI
0B9E 0BC0: TAMIL SYLLABLE NYII
0B9E 0BC1: TAMIL SYLLABLE NYU
0B9E 0BC2: TAMIL SYLLABLE NYUU
0B9E 0BC6: TAMIL SYLLABLE NYE
0B9E 0BC7: TAMIL SYLLABLE NYEE
0B9E 0BC8: TAMIL SYLLABLE NYAI
0B9E 0BCA: TAMIL SYLLABLE NYO
0B9E 0BCB: TAMIL SYLLABLE NYOO
0B9E 0BCC: TAMIL SYLLABLE NYAU
0B9F 0BBE: TAMIL SYLLABLE TTAA
0B9F 0BBF: TAMIL SYLLABLE TTI
0B9F 0BC0: TAMIL SYLLABLE TTII
0B9F 0BC1: TAMIL SYLLABLE TTU
0B9F 0BC2: TAMIL SYLLABLE TTUU
0B9F 0BC6: TAMIL SYLLABLE TTE
0B9F 0BC7: TAMIL SYLLABLE TTEE
0B9F 0BC8: TAMIL SYLLABLE TTAI
0B9F 0BCA: TAMIL SYLLABLE TTO
0B9F 0BCB: TAMIL SYLLABLE TTOO
0B9F 0BCC: TAMIL SYLLABLE TTAU
0BA3 0BBE: TAMIL SYLLABLE NNAA
0BA3 0BBF: TAMIL SYLLABLE NNI
0BA3 0BC0: TAMIL SYLLABLE NNII
0BA3 0BC1: TAMIL SYLLABLE NNU
0BA3 0BC2: TAMIL SYLLABLE NNUU
0BA3 0BC6: TAMIL SYLLABLE NNE
0BA3 0BC7: TAMIL SYLLABLE NNEE
0BA3 0BC8: TAMIL SYLLABLE NNAI
0BA3 0BCA: TAMIL SYLLABLE NNO
0BA3 0BCB: TAMIL SYLLABLE NNOO
0BA3 0BCC: TAMIL SYLLABLE NNAU
0BA4 0BBE: TAMIL SYLLABLE TAA
0BA4 0BBF: TAMIL SYLLABLE TI
0BA4 0BC0: TAMIL SYLLABLE TII
0BA4 0BC1: TAMIL SYLLABLE TU
0BA4 0BC2: TAMIL SYLLABLE TUU
0BA4 0BC6: TAMIL SYLLABLE TE
0BA4 0BC7: TAMIL SYLLABLE TEE
0BA4 0BC8: TAMIL SYLLABLE TAI
0BA4 0BCA: TAMIL SYLLABLE TO
0BA4 0BCB: TAMIL SYLLABLE TOO
0BA4 0BCC: TAMIL SYLLABLE TAU
0BA8 0BBE: TAMIL SYLLABLE NAA
0BA8 0BBF: TAMIL SYLLABLE NI
0BA8 0BC0: TAMIL SYLLABLE NII
0BA8 0BC1: TAMIL SYLLABLE NU
0BA8 0BC2: TAMIL SYLLABLE NUU
0BA8 0BC6: TAMIL SYLLABLE NE
0BA8 0BC7: TAMIL SYLLABLE NEE
0BA8 0BC8: TAMIL SYLLABLE NAI
0BA8 0BCA: TAMIL SYLLABLE NO
0BA8 0BCB: TAMIL SYLLABLE NOO
0BA8 0BCC: TAMIL SYLLABLE NAU
0BAA 0BBE: TAMIL SYLLABLE PAA
0BAA 0BBF: TAMIL SYLLABLE PI
0BAA 0BC0: TAMIL SYLLABLE PII
0BAA 0BC1: TAMIL SYLLABLE PU
0BAA 0BC2: TAMIL SYLLABLE PUU
0BAA 0BC6: TAMIL SYLLABLE PE
0BAA 0BC7: TAMIL SYLLABLE PEE
0BAA 0BC8: TAMIL SYLLABLE PAI
0BAA 0BCA: TAMIL SYLLABLE PO
0BAA 0BCB: TAMIL SYLLABLE POO
0BAA 0BCC: TAMIL SYLLABLE PAU
0BAE 0BBE: TAMIL SYLLABLE MAA
0BAE 0BBF: TAMIL SYLLABLE MI
0BAE 0BC0: TAMIL SYLLABLE MII
0BAE 0BC1: TAMIL SYLLABLE MU
0BAE 0BC2: TAMIL SYLLABLE MUU
0BAE 0BC6: TAMIL SYLLABLE ME
0BAE 0BC7: TAMIL SYLLABLE MEE
0BAE 0BC8: TAMIL SYLLABLE MAI
0BAE 0BCA: TAMIL SYLLABLE MO
0BAE 0BCB: TAMIL SYLLABLE MOO
0BAE 0BCC: TAMIL SYLLABLE MAU
0BAF 0BBE: TAMIL SYLLABLE YAA
0BAF 0BBF: TAMIL SYLLABLE YI
0BAF 0BC0: TAMIL SYLLABLE YII
0BAF 0BC1: TAMIL SYLLABLE YU
0BAF 0BC2: TAMIL SYLLABLE YUU
0BAF 0BC6: TAMIL SYLLABLE YE
0BAF 0BC7: TAMIL SYLLABLE YEE
0BAF 0BC8: TAMIL SYLLABLE YAI
0BAF 0BCA: TAMIL SYLLABLE YO
0BAF 0BCB: TAMIL SYLLABLE YOO
0BAF 0BCC: TAMIL SYLLABLE YAU
0BB0 0BBE: TAMIL SYLLABLE RAA
0BB0 0BBF: TAMIL SYLLABLE RI
0BB0 0BC0: TAMIL SYLLABLE RII
0BB0 0BC1: TAMIL SYLLABLE RU
0BB0 0BC2: TAMIL SYLLABLE RUU
0BB0 0BC6: TAMIL SYLLABLE RE
0BB0 0BC7: TAMIL SYLLABLE REE
0BB0 0BC8: TAMIL SYLLABLE RAI
0BB0 0BCA: TAMIL SYLLABLE RO
0BB0 0BCB: TAMIL SYLLABLE ROO
0BB0 0BCC: TAMIL SYLLABLE RAU
0BB2 0BBE: TAMIL SYLLABLE LAA
0BB2 0BBF: TAMIL SYLLABLE LI
0BB2 0BC0: TAMIL SYLLABLE LII
0BB2 0BC1: TAMIL SYLLABLE LU
0BB2 0BC2: TAMIL SYLLABLE LUU
0BB2 0BC6: TAMIL SYLLABLE LE
0BB2 0BC7: TAMIL SYLLABLE LEE
0BB2 0BC8: TAMIL SYLLABLE LAI
0BB2 0BCA: TAMIL SYLLABLE LO
0BB2 0BCB: TAMIL SYLLABLE LOO
0BB2 0BCC: TAMIL SYLLABLE LAU
0BB5 0BBE: TAMIL SYLLABLE VAA
0BB5 0BBF: TAMIL SYLLABLE VI
0BB5 0BC0: TAMIL SYLLABLE VII
0BB5 0BC1: TAMIL SYLLABLE VU
0BB5 0BC2: TAMIL SYLLABLE VUU
0BB5 0BC6: TAMIL SYLLABLE VE
0BB5 0BC7: TAMIL SYLLABLE VEE
0BB5 0BC8: TAMIL SYLLABLE VAI
0BB5 0BCA: TAMIL SYLLABLE VO
0BB5 0BCB: TAMIL SYLLABLE VOO
0BB5 0BCC: TAMIL SYLLABLE VAU
0BB4 0BBE: TAMIL SYLLABLE LLLAA
0BB4 0BBF: TAMIL SYLLABLE LLLI
0BB4 0BC0: TAMIL SYLLABLE LLLII
0BB4 0BC1: TAMIL SYLLABLE LLLU
0BB4 0BC2: TAMIL SYLLABLE LLLUU
0BB4 0BC6: TAMIL SYLLABLE LLLE
0BB4 0BC7: TAMIL SYLLABLE LLLEE
0BB4 0BC8: TAMIL SYLLABLE LLLAI
0BB4 0BCA: TAMIL SYLLABLE LLLO
0BB4 0BCB: TAMIL SYLLABLE LLLOO
0BB4 0BCC: TAMIL SYLLABLE LLLAU
0BB3 0BBE: TAMIL SYLLABLE LLAA
0BB3 0BBF: TAMIL SYLLABLE LLI
0BB3 0BC0: TAMIL SYLLABLE LLII
0BB3 0BC1: TAMIL SYLLABLE LLU
0BB3 0BC2: TAMIL SYLLABLE LLUU
0BB3 0BC6: TAMIL SYLLABLE LLE
0BB3 0BC7: TAMIL SYLLABLE LLEE
0BB3 0BC8: TAMIL SYLLABLE LLAI
0BB3 0BCA: TAMIL SYLLABLE LLO
0BB3 0BCB: TAMIL SYLLABLE LLOO
0BB3 0BCC: TAMIL SYLLABLE LLAU
0BB1 0BBE: TAMIL SYLLABLE RRAA
0BB1 0BBF: TAMIL SYLLABLE RRI
0BB1 0BC0: TAMIL SYLLABLE RRII
0BB1 0BC1: TAMIL SYLLABLE RRU
0BB1 0BC2: TAMIL SYLLABLE RRUU
0BB1 0BC6: TAMIL SYLLABLE RRE
0BB1 0BC7: TAMIL SYLLABLE RREE
0BB1 0BC8: TAMIL SYLLABLE RRAI
0BB1 0BCA: TAMIL SYLLABLE RRO
0BB1 0BCB: TAMIL SYLLABLE RROO
0BB1 0BCC: TAMIL SYLLABLE RRAU
0BA9 0BBE: TAMIL SYLLABLE NNNAA
0BA9 0BBF: TAMIL SYLLABLE NNNI
0BA9 0BC0: TAMIL SYLLABLE NNNII
0BA9 0BC1: TAMIL SYLLABLE NNNU
0BA9 0BC2: TAMIL SYLLABLE NNNUU
0BA9 0BC6: TAMIL SYLLABLE NNNE
0BA9 0BC7: TAMIL SYLLABLE NNNEE
0BA9 0BC8: TAMIL SYLLABLE NNNAI
0BA9 0BCA: TAMIL SYLLABLE NNNO
0BA9 0BCB: TAMIL SYLLABLE NNNOO
0BA9 0BCC: TAMIL SYLLABLE NNNAU
0B9C 0BBE: TAMIL SYLLABLE JAA
0B9C 0BBF: TAMIL SYLLABLE JI
0B9C 0BC0: TAMIL SYLLABLE JII
0B9C 0BC1: TAMIL SYLLABLE JU
0B9C 0BC2: TAMIL SYLLABLE JUU
0B9C 0BC6: TAMIL SYLLABLE JE
0B9C 0BC7: TAMIL SYLLABLE JEE
0B9C 0BC8: TAMIL SYLLABLE JAI
0B9C 0BCA: TAMIL SYLLABLE JO
0B9C 0BCB: TAMIL SYLLABLE JOO
0B9C 0BCC: TAMIL SYLLABLE JAU
0BB6 0BBE: TAMIL SYLLABLE SHAA
0BB6 0BBF: TAMIL SYLLABLE SHI
0BB6 0BC0: TAMIL SYLLABLE SHII
0BB6 0BC1: TAMIL SYLLABLE SHU
0BB6 0BC2: TAMIL SYLLABLE SHUU
0BB6 0BC6: TAMIL SYLLABLE SHE
0BB6 0BC7: TAMIL SYLLABLE SHEE
0BB6 0BC8: TAMIL SYLLABLE SHAI
0BB6 0BCA: TAMIL SYLLABLE SHO
0BB6 0BCB: TAMIL SYLLABLE SHOO
0BB6 0BCC: TAMIL SYLLABLE SHAU
0BB7 0BBE: TAMIL SYLLABLE SSAA
0BB7 0BBF: TAMIL SYLLABLE SSI
0BB7 0BC0: TAMIL SYLLABLE SSII
0BB7 0BC1: TAMIL SYLLABLE SSU
0BB7 0BC2: TAMIL SYLLABLE SSUU
0BB7 0BC6: TAMIL SYLLABLE SSE
0BB7 0BC7: TAMIL SYLLABLE SSEE
0BB7 0BC8: TAMIL SYLLABLE SSAI
0BB7 0BCA: TAMIL SYLLABLE SSO
0BB7 0BCB: TAMIL SYLLABLE SSOO
0BB7 0BCC: TAMIL SYLLABLE SSAU
0BB8 0BBE: TAMIL SYLLABLE SAA
0BB8 0BBF: TAMIL SYLLABLE SI
0BB8 0BC0: TAMIL SYLLABLE SII
0BB8 0BC1: TAMIL SYLLABLE SU
0BB8 0BC2: TAMIL SYLLABLE SUU
0BB8 0BC6: TAMIL SYLLABLE SE
0BB8 0BC7: TAMIL SYLLABLE SEE
0BB8 0BC8: TAMIL SYLLABLE SAI
0BB8 0BCA: TAMIL SYLLABLE SO
0BB8 0BCB: TAMIL SYLLABLE SOO
0BB8 0BCC: TAMIL SYLLABLE SAU
0BB9 0BBE: TAMIL SYLLABLE HAA
0BB9 0BBF: TAMIL SYLLABLE HI
0BB9 0BC0: TAMIL SYLLABLE HII
0BB9 0BC1: TAMIL SYLLABLE HU
0BB9 0BC2: TAMIL SYLLABLE HUU
0BB9 0BC6: TAMIL SYLLABLE HE
0BB9 0BC7: TAMIL SYLLABLE HEE
0BB9 0BC8: TAMIL SYLLABLE HAI
0BB9 0BCA: TAMIL SYLLABLE HO
0BB9 0BCB: TAMIL SYLLABLE HOO
0BB9 0BCC: TAMIL SYLLABLE HAU
0B95 0BCD 0BB7: TAMIL SYLLABLE KSSA
0B95 0BCD 0BB7 0BBE: TAMIL SYLLABLE KSSAA
0B95 0BCD 0BB7 0BBF: TAMIL SYLLABLE KSSI
0B95 0BCD 0BB7 0BC0: TAMIL SYLLABLE KSSII
0B95 0BCD 0BB7 0BC1: TAMIL SYLLABLE KSSU
0B95 0BCD 0BB7 0BC2: TAMIL SYLLABLE KSSUU
0B95 0BCD 0BB7 0BC6: TAMIL SYLLABLE KSSE
0B95 0BCD 0BB7 0BC7: TAMIL SYLLABLE KSSEE
0B95 0BCD 0BB7 0BC8: TAMIL SYLLABLE KSSAI
0B95 0BCD 0BB7 0BCA: TAMIL SYLLABLE KSSO
0B95 0BCD 0BB7 0BCB: TAMIL SYLLABLE KSSOO
0B95 0BCD 0BB7 0BCC: TAMIL SYLLABLE KSSAU
0BB6 0BCD 0BB0 0BC0: TAMIL SYLLABLE SHRII
0DCA 200D 0DBA: SINHALA CONSONANT SIGN YANSAYA
0DCA 200D 0DBB: SINHALA CONSONANT SIGN RAKAARAANSAYA
0DBB 0DCA 200D: SINHALA CONSONANT SIGN REPAYA
10E3 0302: GEORGIAN LETTER U-BRJGU
17D2 1780: KHMER CONSONANT SIGN COENG KA
17D2 1781: KHMER CONSONANT SIGN COENG KHA
17D2 1782: KHMER CONSONANT SIGN COENG KO
17D2 1783: KHMER CONSONANT SIGN COENG KHO
17D2 1784: KHMER CONSONANT SIGN COENG NGO
17D2 1785: KHMER CONSONANT SIGN COENG CA
17D2 1786: KHMER CONSONANT SIGN COENG CHA
17D2 1787: KHMER CONSONANT SIGN COENG CO
17D2 1788: KHMER CONSONANT SIGN COENG CHO
17D2 1789: KHMER CONSONANT SIGN COENG NYO
17D2 178A: KHMER CONSONANT SIGN COENG DA
17D2 178B: KHMER CONSONANT SIGN COENG TTHA
17D2 178C: KHMER CONSONANT SIGN COENG DO
17D2 178D: KHMER CONSONANT SIGN COENG TTHO
17D2 178E: KHMER CONSONANT SIGN COENG NA
17D2 178F: KHMER CONSONANT SIGN COENG TA
17D2 1790: KHMER CONSONANT SIGN COENG THA
17D2 1791: KHMER CONSONANT SIGN COENG TO
17D2 1792: KHMER CONSONANT SIGN COENG THO
17D2 1793: KHMER CONSONANT SIGN COENG NO
17D2 1794: KHMER CONSONANT SIGN COENG BA
17D2 1795: KHMER CONSONANT SIGN COENG PHA
17D2 1796: KHMER CONSONANT SIGN COENG PO
17D2 1797: KHMER CONSONANT SIGN COENG PHO
17D2 1798: KHMER CONSONANT SIGN COENG MO
17D2 1799: KHMER CONSONANT SIGN COENG YO
17D2 179A: KHMER CONSONANT SIGN COENG RO
17D2 179B: KHMER CONSONANT SIGN COENG LO
17D2 179C: KHMER CONSONANT SIGN COENG VO
17D2 179D: KHMER CONSONANT SIGN COENG SHA
17D2 179E: KHMER CONSONANT SIGN COENG SSA
17D2 179F: KHMER CONSONANT SIGN COENG SA
17D2 17A0: KHMER CONSONANT SIGN COENG HA
17D2 17A1: KHMER CONSONANT SIGN COENG LA
17D2 17A2: KHMER VOWEL SIGN COENG QA
17D2 17A7: KHMER INDEPENDENT VOWEL SIGN COENG QU
17D2 17AB: KHMER INDEPENDENT VOWEL SIGN COENG RY
17D2 17AC: KHMER INDEPENDENT VOWEL SIGN COENG RYY
17D2 17AF: KHMER INDEPENDENT VOWEL SIGN COENG QE
17BB 17C6: KHMER VOWEL SIGN OM
17B6 17C6: KHMER VOWEL SIGN AAM
304B 309A: HIRAGANA LETTER BIDAKUON NGA
304D 309A: HIRAGANA LETTER BIDAKUON NGI
304F 309A: HIRAGANA LETTER BIDAKUON NGU
3051 309A: HIRAGANA LETTER BIDAKUON NGE
3053 309A: HIRAGANA LETTER BIDAKUON NGO
30AB 309A: KATAKANA LETTER BIDAKUON NGA
30AD 309A: KATAKANA LETTER BIDAKUON NGI
30AF 309A: KATAKANA LETTER BIDAKUON NGU
30B1 309A: KATAKANA LETTER BIDAKUON NGE
30B3 309A: KATAKANA LETTER BIDAKUON NGO
30BB 309A: KATAKANA LETTER AINU CE
30C4 309A: KATAKANA LETTER AINU TU
30C8 309A: KATAKANA LETTER AINU TO
31F7 309A: KATAKANA LETTER AINU P
02E5 02E9: MODIFIER LETTER EXTRA-HIGH EXTRA-LOW CONTOUR TONE BAR
02E9 02E5: MODIFIER LETTER EXTRA-LOW EXTRA-HIGH CONTOUR TONE BAR
"""

if __name__ == "__main__":
    main()
