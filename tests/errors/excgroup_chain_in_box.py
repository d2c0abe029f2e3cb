# Generated shape: a clause raising while the group is handled; the result re-raised from a handler.
def f():
    try:
        raise OSError(2)
    except* OSError as e:
        print('OSError', repr(e))
        raise RuntimeError('new')
    except* KeyError as e:
        print('KeyError', repr(e))
        raise ExceptionGroup('h', [KeyError('k')])
    except* TypeError as e:
        print('TypeError', repr(e))
        pass
    finally:
        print('finally')
try:
    f()
except BaseException as x:
    print('result', repr(x))
    f()
