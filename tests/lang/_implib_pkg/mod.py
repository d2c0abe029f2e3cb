from . import LOADED
LOADED.append('mod')
def hello():
    return 'hello from ' + __name__
