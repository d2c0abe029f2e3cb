# Import/ImportFrom/alias positions and levels
import ast

for src in ["import a", "import a.b.c as d, e", "from a import b", "from . import (x,\n    y as z)",
            "from ...pkg.mod import *", "from .. import a"]:
    t = ast.parse(src).body[0]
    print(ast.dump(t, include_attributes=True))
    if isinstance(t, ast.ImportFrom):
        print("  module", t.module, "level", t.level)
    print("  ", ast.unparse(t))
