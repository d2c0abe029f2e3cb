from a.b import (c)
from x import y, z,
