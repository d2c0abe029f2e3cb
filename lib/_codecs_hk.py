"""_codecs_hk -- the big5hkscs codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

getcodec, __dir__ = _multibytecodec._codec_module(('big5hkscs',))
