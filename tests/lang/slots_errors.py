# __slots__ errors: identifiers, strings, conflicts, layouts.
def check(f):
    try:
        f()
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def bad_ident():
    class A:
        __slots__ = ("1x",)
def bad_type():
    class A:
        __slots__ = ("a", 1)
def conflict():
    class A:
        __slots__ = ("x",)
        x = 1
def conflict_private():
    class A:
        __slots__ = ("__x",)
        _A__x = 1
def dup_dict():
    class A:
        __slots__ = ("__dict__", "__dict__")
def dup_weak():
    class A:
        __slots__ = ("__weakref__", "__weakref__")
def not_iterable():
    class A:
        __slots__ = 5
def int_slots():
    class A(int):
        __slots__ = ("x",)
def tuple_slots():
    class A(tuple):
        __slots__ = ("x",)
def bytes_slots():
    class A(bytes):
        __slots__ = ("x",)
def int_empty():
    class A(int):
        __slots__ = ()
    print(A(3), hasattr(A(3), "__dict__"))
def str_slots():
    class A(str):
        __slots__ = ("x",)
    a = A("text")
    a.x = 1
    print(a, a.x, hasattr(a, "__dict__"))
def two_slotted():
    class A:
        __slots__ = ("a",)
    class B:
        __slots__ = ("b",)
    class C(A, B):
        pass
def slotted_and_plain():
    class A:
        __slots__ = ("a",)
    class B:
        pass
    class C(A, B):
        pass
    c = C()
    c.a = 1
    c.z = 2
    print(c.a, c.z)
def dict_when_base_has_one():
    class A:
        pass
    class B(A):
        __slots__ = ("__dict__",)
def empty_str():
    class A:
        __slots__ = ("",)

for f in (bad_ident, bad_type, conflict, conflict_private, dup_dict, dup_weak,
          not_iterable, int_slots, tuple_slots, bytes_slots, int_empty, str_slots,
          two_slotted, slotted_and_plain, dict_when_base_has_one, empty_str):
    print(f.__name__, end=": ")
    check(f)
