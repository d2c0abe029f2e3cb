from _operator import _compare_digest as cd
print(cd(b'', b''), cd(b'abc', b'abc'), cd(b'abc', b'abd'), cd(b'abc', b'ab'), cd(b'ab', b'abc'))
print(cd('abc', 'abc'), cd('abc', 'xbc'), cd(bytearray(b'xy'), b'xy'), cd(b'xy', bytearray(b'xz')))
for bad in [lambda: cd('a', b'a'), lambda: cd(1, 1), lambda: cd('é', 'é'), lambda: cd(b'a'), lambda: cd([1], [1])]:
    try: print(bad())
    except TypeError as e: print('TypeError', e)
