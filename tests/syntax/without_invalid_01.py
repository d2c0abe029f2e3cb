d_ef f(**kw, *a):
    pass
