"""_codecs_cn -- the gb2312, gbk, gb18030, hz codecs' getcodec() (krait: tables in src/modules/_cjk.c)."""
import _multibytecodec

getcodec, __dir__ = _multibytecodec._codec_module(('gb2312', 'gbk', 'gb18030', 'hz'))
