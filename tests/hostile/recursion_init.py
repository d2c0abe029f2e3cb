# Recursion through a constructor (__init__ creating another instance).
class Node:
    def __init__(self):
        self.child = Node()
Node()
