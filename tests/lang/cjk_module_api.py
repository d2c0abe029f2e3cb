# The modules under encodings.*: _multibytecodec's classes, getcodec() of
# each _codecs_* module, codec names and aliases through codecs.lookup.
import codecs
import _multibytecodec
import _codecs_cn, _codecs_hk, _codecs_iso2022, _codecs_jp, _codecs_kr, _codecs_tw

print(sorted(n for n in dir(_multibytecodec) if not n.startswith("__")))
for mod, names in [(_codecs_cn, ["gb2312", "gbk", "gb18030", "hz"]),
                   (_codecs_tw, ["big5", "cp950"]), (_codecs_hk, ["big5hkscs"]),
                   (_codecs_jp, ["shift_jis", "cp932", "euc_jp", "shift_jis_2004",
                                 "euc_jis_2004", "euc_jisx0213", "shift_jisx0213"]),
                   (_codecs_kr, ["euc_kr", "cp949", "johab"]),
                   (_codecs_iso2022, ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
                                      "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"])]:
    for n in names:
        c = mod.getcodec(n)
        print(mod.__name__, n, type(c).__name__, c.encode("abc"), c.decode(b"xyz"))
    for bad in ("utf-8", "GBK", "shift-jis", 5):
        try:
            mod.getcodec(bad)
        except Exception as e:
            print("  ", ascii(bad), type(e).__name__, e)

c = _codecs_jp.getcodec("shift_jis")
try:
    type(c)()
except TypeError as e:
    print("TypeError", e)
print(hasattr(c, "__dict__"))

for alias in ("sjis", "s_jis", "ms932", "mskanji", "eucjp", "ujis", "u_jis", "euc-jisx0213",
              "csiso2022jp", "iso-2022-jp", "ISO-2022-JP-2", "iso2022jp-ext", "csiso2022kr",
              "chinese", "euccn", "936", "ms936", "gb18030-2000", "hzgb",
              "hz-gb-2312", "big5-tw", "csbig5", "950", "big5-hkscs", "hkscs", "euckr",
              "ks_c-5601-1987", "uhc", "949", "ms949", "cp1361", "ms1361", "shiftjis2004",
              "s_jisx0213", "eucjis2004"):
    info = codecs.lookup(alias)
    print(alias, info.name, "\u65e5".encode(alias, "replace"))

for name in ("euc_jp", "iso2022_jp"):
    info = codecs.lookup(name)
    enc, dec = info.incrementalencoder, info.incrementaldecoder
    print(name, [k.__name__ for k in enc.__mro__], [k.__name__ for k in dec.__mro__])
    print(isinstance(enc(), _multibytecodec.MultibyteIncrementalEncoder),
          isinstance(info.streamreader(None), _multibytecodec.MultibyteStreamReader),
          info.streamwriter.__mro__[2].__name__)


class BadEncoder(_multibytecodec.MultibyteIncrementalEncoder):
    codec = None


for cls in (BadEncoder,):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)


class Sub(codecs.lookup("gbk").incrementaldecoder):
    pass


s = Sub("replace")
print(s.decode(b"\xd6\xd0\xff"), s.errors)
print("日本".encode("cp932"), "日本".encode("shift-jis"), b"\x93\xfa".decode("mskanji"))
print(str(b"\x93\xfa", "cp932"), bytes("日", "euc_jp"), "中".encode(encoding="gbk"))
