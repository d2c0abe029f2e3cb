def f():
    return [locals() for i in ()], [vars() for j in ()]
