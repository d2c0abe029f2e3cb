import sys
print(sys.argv[0], len(sys.argv), sys.argv[1:])
print(__name__)
