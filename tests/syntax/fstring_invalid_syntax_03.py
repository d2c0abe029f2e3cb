def f():
    return f'value: {x = }  {y ==== 1}'
