if é == 'ü'
    pass
