# sys.setswitchinterval/getswitchinterval and sys._stdlib_dir.
import sys
print(sys.getswitchinterval(), sys._stdlib_dir)
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
sys.setswitchinterval(1); print(sys.getswitchinterval())
for v in [0, -1.0, "x"]:
    try: sys.setswitchinterval(v)
    except Exception as e: print(type(e).__name__, e)
