for f, x in ((int.__divmod__, 13), (float.__divmod__, 13.0), (int.__rdivmod__, 13), (float.__rdivmod__, 13.5)):
    for a,k in (((7,),{}),((7,2),{}),((),{}),((7,),{"x":1}),((7.5,),{}),(("s",),{})):
        try: print(f(x,*a,**k))
        except TypeError as e: print(e)
