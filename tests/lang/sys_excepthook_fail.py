import sys
def bad_hook(t, v, tb):
    raise RuntimeError('hook failed')
sys.excepthook = bad_hook
print('before')
raise KeyError('original')
