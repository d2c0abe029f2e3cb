# import and from-import in every form.
import os
import os.path
import os.path as p, sys as s
import a.b.c
from os import path
from os import path as p, sep
from os import (path, sep as s,)
from . import x
from .. import y
from .mod import z
from ...pkg.mod import w as ww
from .  .  mod import q
from .... import deep
from __future__ import annotations
from mod import *
from . import (a,
    b)
