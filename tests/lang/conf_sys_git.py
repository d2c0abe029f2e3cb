# sys._git, which platform reads for the branch and revision.
import sys, platform
print(type(sys._git).__name__, len(sys._git), sys._git[1:])
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(x) for x in sys.version_info[:3]))
print(repr(platform.python_branch()), repr(platform.python_revision()))
print(platform.python_build()[0] != "")
print(platform.python_compiler().startswith("GCC"))
