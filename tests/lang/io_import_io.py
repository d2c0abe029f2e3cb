import io
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase))
print(isinstance(io.BytesIO(), io.IOBase), io.UnsupportedOperation.__module__)
b = io.BytesIO(b'data')
print(b.read(), io.StringIO('text').read())
print(io.text_encoding(None), io.text_encoding('utf-8'))
