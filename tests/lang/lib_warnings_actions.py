import _warnings
_warnings.filters[:] = [('once', None, UserWarning, None, 0)]
_warnings._filters_mutated()
def emit(msg, cat=UserWarning):
    _warnings.warn(msg, cat)
for _ in range(3):
    emit('once only')
emit('another once')
_warnings.filters[:] = [('always', None, Warning, None, 0)]
_warnings._filters_mutated()
for _ in range(2):
    emit('always shown')
_warnings.filters[:] = [('module', None, Warning, None, 0)]
_warnings._filters_mutated()
def elsewhere():
    _warnings.warn('per module')
emit('per module'); elsewhere()
_warnings.filters[:] = [('ignore', None, Warning, '__main__', 0), ('error', None, Warning, None, 0)]
_warnings._filters_mutated()
emit('ignored here')
try:
    _warnings.warn_explicit('explicit error', UserWarning, 'f.py', 3, module='other')
except UserWarning as e:
    print('raised', e)
_warnings.filters[:] = [('default', None, Warning, None, 7)]
_warnings._filters_mutated()
_warnings.warn_explicit('line seven', RuntimeWarning, 'f.py', 7, registry={})
_warnings.warn_explicit('line eight', RuntimeWarning, 'g.py', 8)
reg = {}
_warnings.warn_explicit('with registry', UserWarning, 'h.py', 1, registry=reg)
_warnings.warn_explicit('with registry', UserWarning, 'h.py', 1, registry=reg)
print(sorted(k if isinstance(k, str) else k[0] for k in reg))
print('done')
