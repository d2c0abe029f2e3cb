if True:
    pass
else:
    for x in y:
        try:
            pass
        except:
            pass
        else:
        pass
