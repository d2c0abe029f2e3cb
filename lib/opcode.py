"""opcode: the names of krait's instructions, for dis.

CPython's dis.py runs unchanged over krait's code objects.  co_code gives
each krait instruction as one code unit (objects/code.c): its opcode, or
HAVE_ARGUMENT + its opcode when the second byte is an oparg dis can show --
a co_consts or co_names index, an operator, a forward jump.  The lists
below name those instructions and must agree with unit_arg in code.c.
The full listing, every register operand included, is `krait -X dis`.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

from _opcode import stack_effect, _krait_opnames
__all__.append('stack_effect')

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

HAVE_ARGUMENT = 128

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
for _op, _name in enumerate(_krait_opnames):
    opname[_op] = opname[HAVE_ARGUMENT + _op] = _name
    opmap[_name] = _op


def _with_oparg(*names):
    """The numbers of instructions that carry an oparg in co_code."""
    for name in names:
        opmap[name] = HAVE_ARGUMENT + _krait_opnames.index(name)
    return [opmap[name] for name in names]


hasconst = _with_oparg('LOAD_CONST')
hasname = _with_oparg('LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL',
                      'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
                      'GET_ATTR', 'SET_ATTR', 'DEL_ATTR', 'LOAD_METHOD',
                      'IMPORT_NAME', 'IMPORT_FROM')
hasjrel = _with_oparg('JUMP', 'JUMP_IF_FALSE', 'JUMP_IF_TRUE')
hascompare = _with_oparg('COMPARE_OP')
_with_oparg('BINARY_OP')
hasjabs = []
haslocal = []
hasfree = []
hasnargs = []

# CPython 3.11's instruction names that krait has no instruction for, so
# that code naming them (dis.py itself, tools building bytecode) loads: at
# free numbers co_code never holds, those CPython gives an oparg at or
# above HAVE_ARGUMENT.
_cpython_only = ['CACHE', 'POP_TOP', 'PUSH_NULL', 'UNARY_POSITIVE', 'UNARY_NEGATIVE',
                 'BINARY_SUBSCR', 'WITH_EXCEPT_START', 'STORE_SUBSCR', 'DELETE_SUBSCR',
                 'PRINT_EXPR', 'RETURN_GENERATOR', 'RETURN_VALUE', 'SETUP_ANNOTATIONS',
                 'YIELD_VALUE', 'ASYNC_GEN_WRAP']
_cpython_only_with_arg = [
    'EXTENDED_ARG', 'UNPACK_SEQUENCE', 'STORE_ATTR', 'DELETE_ATTR', 'SWAP', 'BUILD_MAP',
    'LOAD_ATTR', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
    'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE', 'COPY', 'SEND', 'LOAD_FAST',
    'STORE_FAST', 'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_FORWARD_IF_NONE',
    'RAISE_VARARGS', 'JUMP_BACKWARD_NO_INTERRUPT', 'LOAD_CLOSURE', 'JUMP_BACKWARD',
    'CALL_FUNCTION_EX', 'MAP_ADD', 'RESUME', 'BUILD_CONST_KEY_MAP', 'PRECALL', 'KW_NAMES',
    'POP_JUMP_BACKWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NONE',
    'POP_JUMP_BACKWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_TRUE']
for _names, _first in ((_cpython_only, len(_krait_opnames)),
                       (_cpython_only_with_arg, HAVE_ARGUMENT + len(_krait_opnames))):
    for _op, _name in enumerate(_names, _first):
        assert opname[_op].startswith('<') and _name not in opmap
        opname[_op] = _name
        opmap[_name] = _op
EXTENDED_ARG = opmap['EXTENDED_ARG']
del _cpython_only, _cpython_only_with_arg, _names, _first, _op, _name

_binary_ops = [("ADD", "+"), ("AND", "&"), ("FLOOR_DIVIDE", "//"), ("LSHIFT", "<<"),
               ("MATRIX_MULTIPLY", "@"), ("MULTIPLY", "*"), ("REMAINDER", "%"),
               ("OR", "|"), ("POWER", "**"), ("RSHIFT", ">>"), ("SUBTRACT", "-"),
               ("TRUE_DIVIDE", "/"), ("XOR", "^")]
_nb_ops = ([("NB_" + n, s) for n, s in _binary_ops] +
           [("NB_INPLACE_" + n, s + "=") for n, s in _binary_ops])
del _binary_ops

# krait specializes through inline caches beside the instructions, never
# in co_code: no cache entries, no specialized forms.
_specializations = {}
_specialized_instructions = []
_specialization_stats = []
_cache_format = {}
_inline_cache_entries = [0] * 256
