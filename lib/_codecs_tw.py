"""_codecs_tw -- the big5, cp950 codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

getcodec, __dir__ = _multibytecodec._codec_module(('big5', 'cp950'))
