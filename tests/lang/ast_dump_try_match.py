# try/except/finally, try*, and match statements
import ast

src = '''
try:
    a
except ValueError as e:
    b
except (TypeError, KeyError):
    c
except:
    d
else:
    e
finally:
    f

try:
    pass
except* OSError as eg:
    pass

match command.split():
    case [action]:
        pass
    case [action, obj, *rest]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"x": x, "y": 1, **others}:
        pass
    case 1 | -2 | 3.5 | 1 + 2j | "s" | b"b":
        pass
    case None | True | False:
        pass
    case [*_] if guard:
        pass
    case Color.RED as c:
        pass
    case _:
        pass
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
