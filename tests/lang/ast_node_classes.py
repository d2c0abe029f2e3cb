# the node classes: hierarchy, _fields, _attributes, __match_args__, module
import ast

names = ["AST", "mod", "Module", "Interactive", "Expression", "FunctionType",
         "stmt", "FunctionDef", "Assign", "Pass", "expr", "BinOp", "Name",
         "Constant", "Slice", "expr_context", "Load", "Store", "Del",
         "boolop", "And", "operator", "Add", "FloorDiv", "unaryop", "USub",
         "cmpop", "NotIn", "comprehension", "excepthandler", "ExceptHandler",
         "arguments", "arg", "keyword", "alias", "withitem", "match_case",
         "pattern", "MatchAs", "MatchClass", "type_ignore", "TypeIgnore"]
for n in names:
    cls = getattr(ast, n)
    print(n, cls.__module__, [b.__name__ for b in cls.__mro__])
    print("  ", cls._fields, getattr(cls, "_attributes", None), cls.__match_args__)
    print("  ", cls.__doc__.splitlines()[0] if cls.__doc__ else None)

print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(issubclass(ast.Name, ast.expr), issubclass(ast.Name, ast.stmt))
print(isinstance(ast.Load(), ast.expr_context), isinstance(ast.Add(), ast.AST))
print(ast.Load() is ast.Load())
print(repr(ast.Name), repr(ast.AST))
