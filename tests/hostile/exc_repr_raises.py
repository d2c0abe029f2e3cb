# __repr__ raising does not matter for the traceback's last line (it uses str).
class E(Exception):
    def __repr__(self):
        raise ValueError("bad repr")
raise E("message")
