value = 42
from . import sibling
