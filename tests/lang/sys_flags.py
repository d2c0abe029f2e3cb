import sys
f = sys.flags
print(type(f).__name__, len(f))
print(f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet)
print(f.dev_mode, f.safe_path, f.int_max_str_digits, f.isolated, f.utf8_mode)
print(f.no_user_site, f.no_site, f.bytes_warning, f.hash_randomization)
print(repr(f).startswith('sys.flags(debug=0'))
try:
    f.debug = 1
except AttributeError:
    print('readonly')
