def f():
    '''doc
    more
    '
    ''
