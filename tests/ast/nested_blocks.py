# Deeply nested compound statements.
def a():
    class B:
        def c(self):
            for i in x:
                while i:
                    if i:
                        with i:
                            try:
                                match i:
                                    case 1:
                                        if True:
                                            pass
                                        else:
                                            return
                            except E:
                                pass
                    else:
                        break
x = 1
