# The locale module over the C library (_locale): setlocale queries and
# changes, localeconv, nl_langinfo, strcoll/strxfrm, getlocale; and how
# start-up sets LC_CTYPE from the environment (PEP 538 coercion of the C
# locale, PEP 540 UTF-8 mode), seen from child interpreters.
import locale
import os
import subprocess
import sys

print(locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_COLLATE))
print(locale.getlocale(), locale.getencoding())
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT))
print([locale.nl_langinfo(getattr(locale, 'DAY_%d' % i)) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, 'ABMON_%d' % i)) for i in range(1, 13)])
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.YESEXPR), locale.nl_langinfo(locale.AM_STR))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('abc', 'abc'))
print(locale.strcoll('\xe9', 'e') > 0, locale.strxfrm('abc'), len(locale.strxfrm('\u20ac\U0001f600')))
print(sorted(['b', 'A', 'a', 'B', '\xe9'], key=locale.strxfrm))
print(locale.format_string('%.2f', 1234567.891, grouping=True), locale.str(3.5), locale.atof('2.5'))
print(locale.currency(12.5, symbol=False, international=False) if conv['frac_digits'] != 127 else 'no currency')

for args in [(locale.LC_ALL, 'no_such_locale.xyz'), (12345,), (locale.LC_CTYPE, 'C\x00')]:
    try:
        print(locale.setlocale(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(1,), ('a', 1), (None, 'a'), ('a\0', 'a'), ('a', 'b\0')]:
    try:
        locale.strcoll(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    locale.nl_langinfo(99999)
except Exception as e:
    print(type(e).__name__, e)
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_ALL, 'C'),
      locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'))
print(issubclass(locale.Error, Exception), locale.Error.__module__, locale.CHAR_MAX)
print(locale.gettext('hello'), locale.dgettext(None, 'x'), locale.textdomain(None))

PROBE = ("import locale, os, sys; print(locale.setlocale(locale.LC_CTYPE), "
         "os.environ.get('LC_CTYPE'), sys.flags.utf8_mode, locale.getpreferredencoding(), "
         "locale.getencoding())")
base = {k: v for k, v in os.environ.items() if not k.startswith(('LC_', 'LANG', 'PYTHON'))}
for extra in [{'LANG': 'C.UTF-8'}, {'LANG': 'C'}, {'LC_ALL': 'C'}, {},
              {'LANG': 'C', 'PYTHONCOERCECLOCALE': '0'}, {'LANG': 'C', 'PYTHONUTF8': '0'},
              {'LANG': 'C.UTF-8', 'PYTHONUTF8': '1'}, {'LANG': 'POSIX', 'LC_CTYPE': 'POSIX'}]:
    r = subprocess.run([sys.executable, '-c', PROBE], env=dict(base, **extra),
                       capture_output=True, text=True)
    print(sorted(extra.items()), r.stdout.strip(), r.returncode)
for flag in ['-Xutf8', '-Xutf8=0', '-Xutf8=1']:
    r = subprocess.run([sys.executable, flag, '-c', 'import sys; print(sys.flags.utf8_mode)'],
                       env=dict(base, LANG='C'), capture_output=True, text=True)
    print(flag, r.stdout.strip())
