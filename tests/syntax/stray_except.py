x = 1
except:
    pass
