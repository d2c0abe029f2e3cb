"""_codecs_iso2022 -- the iso2022_kr, iso2022_jp, iso2022_jp_1, iso2022_jp_2, iso2022_jp_2004, iso2022_jp_3, iso2022_jp_ext codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

_NAMES = ('iso2022_kr', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext')


def getcodec(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("encoding name must be a string.")
    if encoding not in _NAMES:
        raise LookupError("no such codec is supported.")
    return getattr(_multibytecodec, "__create_codec")(encoding)


def __dir__():
    return ["__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__",
            "getcodec"]
