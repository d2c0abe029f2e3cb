def f(a):
    return f'''
{a}''', [f'{ {(yield)} }' for a in a]
