from .. import mod
from ..mod import also
from .leaf import value
