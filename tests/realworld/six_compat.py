# requires: six
# six: the py2/py3 compatibility layer as libraries use it.
import six
from six.moves import range, zip, map, urllib, configparser, queue, reduce
from six.moves.urllib.parse import urlencode, urlparse


@six.add_metaclass(type)
class A(object):
    pass


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)


class B(six.with_metaclass(Meta, object)):
    pass


print(six.PY3, six.PY2, six.string_types, six.integer_types, six.text_type, six.binary_type)
print(B.tag, type(B).__name__, B.__mro__[1:])
print(list(range(3)), list(zip("ab", [1, 2])), list(map(str, [1, 2])), reduce(lambda a, b: a * b, [1, 2, 3, 4]))
d = {"a": 1, "b": 2}
print(sorted(six.iteritems(d)), sorted(six.iterkeys(d)), sorted(six.itervalues(d)))
print(six.b("bytes"), six.u("text"), six.int2byte(65), six.byte2int(b"A"), six.indexbytes(b"AB", 1))
print(list(six.iterbytes(b"hi")), six.unichr(0x263A), six.ensure_str(b"x"), six.ensure_binary("y"), six.ensure_text(b"z"))
print(urlencode({"q": "a b", "n": 1}), urlparse("http://h/p?q=1").query, urllib.parse.quote("a/b c"))
print(configparser.ConfigParser.__name__, queue.Queue.__name__)
try:
    six.reraise(ValueError, ValueError("boom"), None)
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        six.raise_from(RuntimeError("outer"), e)
except RuntimeError as e:
    print("raise_from", e, repr(e.__cause__))
print(six.get_function_code(lambda x: x).co_argcount, six.get_method_self(A().__init__).__class__.__name__)
s = six.StringIO()
s.write(u"text")
print(s.getvalue(), six.BytesIO(b"raw").read())
print(six.callable(len), six.next(iter([5])), six.advance_iterator(iter([6])))


@six.python_2_unicode_compatible
class P(object):
    def __str__(self):
        return "P!"


print(str(P()))
print(six.moves.builtins.len("abc"), six.moves.cPickle.loads(six.moves.cPickle.dumps([1, 2])))
print(six.assertCountEqual.__name__, six.wraps(len)(lambda x: 0).__name__)
