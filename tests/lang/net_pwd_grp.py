# pwd and grp: struct sequences and lookups (root exists everywhere)
import os, pwd, grp

r = pwd.getpwuid(0)
print(r)
print(r.pw_name, r.pw_uid, r[0], len(r), type(r).__name__, pwd.struct_passwd.n_fields)
print(pwd.getpwnam('root') == r, isinstance(r, tuple))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), pwd.getpwnam(me.pw_name).pw_uid == me.pw_uid)
allp = pwd.getpwall()
print(isinstance(allp, list), any(p.pw_uid == 0 for p in allp))
for call in [lambda: pwd.getpwuid(54321), lambda: pwd.getpwnam('nosuchuser_xyz'),
             lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid('x'), lambda: pwd.getpwnam(5),
             lambda: pwd.getpwuid(2**80)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
g = grp.getgrgid(0)
print(g, g.gr_name, g.gr_gid, type(g.gr_mem).__name__)
print(grp.getgrnam('root') == g, grp.getgrnam(g.gr_name).gr_gid)
print(any(x.gr_gid == 0 for x in grp.getgrall()))
for call in [lambda: grp.getgrgid(54321), lambda: grp.getgrnam('nosuchgroup_xyz'),
             lambda: grp.getgrgid('x'), lambda: grp.getgrnam(1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
s = pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e'))
print(s, s.pw_shell)
import getpass
print(getpass.getuser() == me.pw_name or 'LOGNAME' in os.environ or 'USER' in os.environ)
print(os.path.expanduser('~root'))
