# zlib one-shot compress/decompress, wbits container formats, checksums.
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 200
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.decompress(c) == data)

# keyword arguments and the three containers
for wbits in (9, 15, -9, -15, 25, 31):
    c = zlib.compress(data, level=6, wbits=wbits)
    print(wbits, c[:2].hex() if wbits > 0 else "raw", zlib.decompress(c, wbits=wbits) == data)
# auto-detect zlib or gzip header
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.decompress(zlib.compress(data), 32 + 15) == data)

# small bufsize still gives everything back
print(zlib.decompress(zlib.compress(data), 15, 1) == data)
print(zlib.decompress(zlib.compress(data), bufsize=0) == data)

# buffer-protocol inputs
print(zlib.decompress(zlib.compress(bytearray(b"bytearray data"))))
print(zlib.decompress(zlib.compress(memoryview(b"memoryview data"))))
print(zlib.decompress(bytearray(zlib.compress(b"x" * 10))))
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")))

# exact bytes of a known compression
print(zlib.compress(b"hello"))
print(zlib.compress(b"hello", 9))
print(zlib.compress(b"hello", 0))

# checksums
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.crc32(b"hello world"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40 + 5), zlib.adler32(b"abc", -2))
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(memoryview(data)))
import binascii
print(binascii.crc32(data) == zlib.crc32(data), binascii.crc32(b"x", 123) == zlib.crc32(b"x", 123))

# constants
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION",
             "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
             "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
             "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(zlib.__version__, type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
print(zlib.error.__module__, zlib.error.__name__, issubclass(zlib.error, Exception))
