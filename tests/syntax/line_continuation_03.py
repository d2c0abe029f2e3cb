if a and \ # comment
   b:
    pass
