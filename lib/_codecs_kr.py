"""_codecs_kr -- the euc_kr, cp949, johab codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

getcodec, __dir__ = _multibytecodec._codec_module(('euc_kr', 'cp949', 'johab'))
