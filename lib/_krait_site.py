"""What CPython's site module does at start-up, for krait (helper "trace").

Imported by main.c unless -S.  CPython imports site.py, which pulls in os
and friends; krait compiles from source on every start, so that would
cost more than the rest of start-up together.  This module does the same
work with posix alone: the user site directory (unless -s, -I or
PYTHONNOUSERSITE), Debian's system site directories, the path lines of
their .pth files, and the builtins exit/quit/copyright/credits/license/
help.  In a virtual environment (a pyvenv.cfg next to sys.executable or
one directory up) sys.prefix/exec_prefix become the environment, its
site-packages comes first, and the system's directories (user site
included) only with include-system-site-packages = true, as site.venv().
`import site` still gives CPython's site.py for programs that ask.
.pth lines starting with "import" are not run (docs/differences.md).
"""

import posix
import sys

_PREFIXES = ('/usr/local/lib/python3.11/dist-packages', '/usr/lib/python3/dist-packages',
             '/usr/lib/python3.11/dist-packages')


def _isdir(path):
    try:
        return posix.stat(path).st_mode & 0o170000 == 0o040000
    except OSError:
        return False


def _user_site():
    if sys.flags.no_user_site:
        return None
    if posix.getuid() != posix.geteuid() or posix.getgid() != posix.getegid():
        return None
    base = posix.environ.get(b'PYTHONUSERBASE')
    if base is None or sys.flags.ignore_environment:
        home = posix.environ.get(b'HOME')
        if not home:
            return None
        base = home + b'/.local'
    return base.decode() + '/lib/python3.11/site-packages'


def _normpath(path):
    """os.path.normpath of an absolute path, without importing os."""
    parts = []
    for p in path.split('/'):
        if p == '..':
            if parts:
                parts.pop()
        elif p and p != '.':
            parts.append(p)
    return '/' + '/'.join(parts)


def _addpackage(sitedir, name):
    # posix, not open(): the io stack would cost more than all of start-up
    try:
        text = _read_text(sitedir + '/' + name, 'replace')
    except OSError:
        return
    lines = text.splitlines()
    for line in lines:
        if not line or line.startswith('#') or line.startswith(('import ', 'import\t')):
            continue
        path = _normpath(line.rstrip() if line.startswith('/') else sitedir + '/' + line.rstrip())
        if path not in sys.path and _isdir(path):
            sys.path.append(path)


def _addsitedir(sitedir):
    if sitedir not in sys.path:
        sys.path.append(sitedir)
    try:
        names = posix.listdir(sitedir)
    except OSError:
        return
    for name in sorted(names):
        if name.endswith('.pth') and not name.startswith('.'):
            _addpackage(sitedir, name)


def _isfile(path):
    try:
        return posix.stat(path).st_mode & 0o170000 == 0o100000
    except OSError:
        return False


def _read_text(path, errors='strict'):
    fd = posix.open(path, posix.O_RDONLY)
    try:
        chunks = []
        while True:
            chunk = posix.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        posix.close(fd)
    return b''.join(chunks).decode('utf-8', errors)


def _venv():
    """site.venv(): None outside a virtual environment, else whether the
    system's site directories count too."""
    exe = sys.executable
    if not exe.startswith('/'):
        exe = posix.getcwd() + '/' + exe
    exe_dir = _normpath(exe.rpartition('/')[0])
    site_prefix = exe_dir.rpartition('/')[0] or '/'
    sys._home = None
    for conf in (exe_dir + '/pyvenv.cfg', site_prefix + '/pyvenv.cfg'):
        if _isfile(conf):
            break
    else:
        return None
    system_site = 'true'
    for line in _read_text(conf).splitlines():
        if '=' in line:
            key, _, value = line.partition('=')
            key = key.strip().lower()
            value = value.strip()
            if key == 'include-system-site-packages':
                system_site = value.lower()
            elif key == 'home':
                sys._home = value
    sys.prefix = sys.exec_prefix = site_prefix
    for d in ('/lib/python3.11/site-packages', '/local/lib/python3.11/dist-packages',
              '/lib/python3/dist-packages', '/lib/python3.11/dist-packages'):
        if _isdir(site_prefix + d):
            _addsitedir(site_prefix + d)
    return system_site == 'true'


def _printer(cls, name, data, files=(), dirs=()):
    # _Printer.__init__ imports os just to join paths: set its fields directly
    p = object.__new__(cls)
    p._Printer__name = name
    p._Printer__data = data
    p._Printer__lines = None
    p._Printer__filenames = [d + '/' + f for d in dirs for f in files]
    return p


def _setbuiltins():
    import builtins
    import _sitebuiltins
    builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')
    printer = _sitebuiltins._Printer
    builtins.copyright = _printer(printer, 'copyright', sys.copyright)
    builtins.credits = _printer(printer, 'credits', """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
    here = '/usr/lib/python3.11'
    builtins.license = _printer(printer, 'license', 'See https://www.python.org/psf/license/',
                                ['LICENSE.txt', 'LICENSE'], [here + '/..', here, posix.getcwd()])
    builtins.help = _sitebuiltins._Helper()


def _main():
    system_site = _venv()
    if system_site is not False:
        user = _user_site()
        if user and _isdir(user):
            _addsitedir(user)
        # a venv's base prefix gets site-packages too (is_virtual_environment)
        prefixes = _PREFIXES if system_site is None else ('/usr/lib/python3.11/site-packages',) + _PREFIXES
        for d in prefixes:
            if _isdir(d):
                _addsitedir(d)
    _setbuiltins()


_main()
del _main
