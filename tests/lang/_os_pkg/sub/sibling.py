from .. import extra
