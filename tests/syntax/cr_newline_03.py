class C(Base, metaclass=M):
pass
