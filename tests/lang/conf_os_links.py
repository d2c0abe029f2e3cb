# symlink/link/rename: target_is_directory, dir_fd, src_dir_fd/dst_dir_fd, follow_symlinks
import os, tempfile
d = tempfile.mkdtemp()
import shutil, atexit
atexit.register(shutil.rmtree, d)
os.chdir(d)
open("f", "w").close()
os.symlink("f", "l1", True)
os.symlink("f", "l2", target_is_directory=False)
fd = os.open(".", os.O_RDONLY)
os.symlink("f", "l3", dir_fd=fd)
print(sorted(os.listdir(".")), os.readlink("l3"))
os.rename("l3", "l4", src_dir_fd=fd, dst_dir_fd=fd)
os.link("l4", "h1", follow_symlinks=False)
os.link("l4", "h2", src_dir_fd=fd, dst_dir_fd=fd)
print(os.path.islink("h1"), os.path.islink("h2"))
for f in [lambda: os.symlink("f"), lambda: os.symlink("f", "x", False, 3), lambda: os.symlink("f", "l1"), lambda: os.link("f", "y", bogus=1), lambda: os.rename("a", "b", follow_symlinks=True)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
