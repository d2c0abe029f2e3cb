# Attribute lookup on classes: metaclass data descriptors, the class MRO,
# then the metaclass.
class Meta(type):
    meta_attr = 'from meta'
    shared = 'meta shared'
    def meta_method(cls):
        return 'meta_method on ' + cls.__name__
    @property
    def computed(cls):
        return 'computed for ' + cls.__name__
    @property
    def shared_prop(cls):
        return 'meta property wins'

class A(metaclass=Meta):
    shared = 'class shared'
    shared_prop = 'class value'
    def inst(self): return 'inst'

print(A.meta_attr, A.shared, A.meta_method(), A.computed, A.shared_prop)

# Instances do not see the metaclass.
a = A()
for name in ('meta_attr', 'meta_method', 'computed'):
    try:
        getattr(a, name)
    except AttributeError as e:
        print('AttributeError', e)
print(a.shared, a.shared_prop)

class B(A): pass
print(B.meta_method(), B.computed, B.shared)

# A metaclass data descriptor intercepts assignment on the class.
class Guarded(type):
    @property
    def limit(cls):
        return cls.__dict__.get('_limit', 0)
    @limit.setter
    def limit(cls, v):
        print('setting limit', v)
        type.__setattr__(cls, '_limit', v * 2)
class G(metaclass=Guarded): pass
G.limit = 5
print(G.limit, G._limit, 'limit' in G.__dict__)

# Missing attributes.
try:
    A.nothing
except AttributeError as e:
    print('AttributeError', e)

# Methods of the metaclass are bound to the class.
m = A.meta_method
print(m(), type(m).__name__)
print(hasattr(A, 'meta_attr'), hasattr(a, 'meta_attr'), 'meta_attr' in Meta.__dict__)

# Plain classes see type's attributes the same way.
print(A.mro is not None, A.__class__.__name__, type(A).__name__)
