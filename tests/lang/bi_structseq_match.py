import sys
match sys.version_info:
    case (3, minor, *_):
        print('three', minor)
    case _:
        print('other')
match sys.version_info:
    case type(sys.version_info)(major=3, minor=m):
        print('by name', m)
match sys.float_info:
    case tuple() if len(sys.float_info) == 11:
        print('float_info is a tuple of 11')
print(type(sys.int_info).__match_args__)
