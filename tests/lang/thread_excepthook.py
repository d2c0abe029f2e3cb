# Exceptions escaping threads: threading.excepthook receives them (a
# custom hook here), SystemExit ends a thread silently, and the default
# hook prints "Exception in thread ..." to stderr.
import threading, sys

def boom(msg):
    raise ValueError(msg)

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, args=('first',), name='T1')
t.start(); t.join()
print(caught)
print(t.is_alive())

def quit_quietly():
    sys.exit(3)
t = threading.Thread(target=quit_quietly, name='T2')
t.start(); t.join()
print(len(caught))

# the hook itself failing: reported through sys.excepthook
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)

class Custom(Exception):
    pass
def raise_custom():
    raise Custom('from a thread')
t = threading.Thread(target=raise_custom, name='T3')
t.start(); t.join()
sys.stderr.flush()
print('main continues')
import _thread
print(_thread._excepthook is threading.excepthook if hasattr(_thread, '_excepthook') else True)
args = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(args.exc_type.__name__, args.exc_value, args.thread)
