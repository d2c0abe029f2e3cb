"""_codecs_cn -- the gb2312, gbk, gb18030, hz codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

_NAMES = ('gb2312', 'gbk', 'gb18030', 'hz')


def getcodec(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("encoding name must be a string.")
    if encoding not in _NAMES:
        raise LookupError("no such codec is supported.")
    return getattr(_multibytecodec, "__create_codec")(encoding)


def __dir__():
    return ["__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__",
            "getcodec"]
