import sys
def hook(t, v, tb):
    print('hooked:', t.__name__, v, type(tb).__name__)
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
raise ValueError('uncaught')
