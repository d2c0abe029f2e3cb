m = __import__('errno')
print(m.__name__, m.ENOENT)
p = __import__('_os_pkg.sub')
print(p.__name__)
s = __import__('_os_pkg.sub', fromlist=['leaf'])
print(s.__name__, s.leaf.value)
s = __import__('_os_pkg.sub', {}, None, ['value', 'nonexistent'], 0)
print(s.value)
for args in [(3,), ('',), ('x', None, None, (), -1), ('no_such_module_here',)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
import _os_pkg
r = __import__('mod', _os_pkg.__dict__, None, ['public'], 1)
print(r.__name__)
