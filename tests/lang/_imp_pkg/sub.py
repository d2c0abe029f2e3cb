NAME = "sub module"
