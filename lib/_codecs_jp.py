"""_codecs_jp -- the shift_jis, cp932, euc_jp, shift_jis_2004, euc_jis_2004, euc_jisx0213, shift_jisx0213 codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

getcodec, __dir__ = _multibytecodec._codec_module(('shift_jis', 'cp932', 'euc_jp', 'shift_jis_2004', 'euc_jis_2004', 'euc_jisx0213', 'shift_jisx0213'))
