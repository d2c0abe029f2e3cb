# stdlib users of pwd/grp/fcntl/termios: getpass, pathlib, shutil.chown, tempfile, tty
import getpass, os, pathlib, shutil, tempfile, pwd, grp

user = pwd.getpwuid(os.getuid()).pw_name
print(getpass.getuser() == user or bool(os.environ.get('USER') or os.environ.get('LOGNAME')))
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / 'file.txt'
    p.write_text('x')
    print(p.owner() == user, p.group() == grp.getgrgid(os.getgid()).gr_name)
    shutil.chown(p, user=os.getuid(), group=os.getgid())
    shutil.chown(str(p), user=user)
    shutil.chown(p, group=grp.getgrgid(os.getgid()).gr_name)
    print(os.stat(p).st_uid == os.getuid())
    for bad in [dict(), dict(user='nosuchuser_xyz'), dict(group='nosuchgroup_xyz')]:
        try:
            shutil.chown(p, **bad)
        except Exception as e:
            print(type(e).__name__, e)
    with tempfile.NamedTemporaryFile(dir=d) as nt:
        nt.write(b'data')
        nt.flush()
        print(os.path.getsize(nt.name))
    fd, name = tempfile.mkstemp(dir=d)
    os.close(fd)
    print(os.path.exists(name), os.path.dirname(name) == d)
print(pathlib.Path('~root').expanduser())
import tty, pty
print(tty.ISPEED, tty.OSPEED)
import fcntl, mmap, resource, select, socket, termios
print('imports ok')
