# Generated shape: notes added before a bare raise still count as a re-raise (3.11.2).
def f():
    try:
        raise ExceptionGroup("g0", [ExceptionGroup("g1", [ExceptionGroup("g2", [ValueError(9)]), ExceptionGroup("g2", [OSError(7), KeyError(1), OSError(1)]), RuntimeError(0)]), ValueError(2)])
    except* KeyError as e:
        print('KeyError', repr(e))
        e.add_note('n')
        raise
    except* ValueError as e:
        print('ValueError', repr(e))
        raise ExceptionGroup('h', [KeyError('k')])
    except* TypeError as e:
        print('TypeError', repr(e))
        e.add_note('n')
        raise
    finally:
        print('finally')
try:
    f()
except BaseException as x:
    print('result', repr(x))
    f()
