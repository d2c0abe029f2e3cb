class Config(Exception):
    pass

def load():
    err = Config("missing key 'port'")
    err.add_note("while reading settings.ini")
    err.add_note("hint: add a [server] section\nwith port = 8080")
    err.add_note("")
    raise err

try:
    load()
except Config as e:
    e.__notes__.append(42)
    raise
