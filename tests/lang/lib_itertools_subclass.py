import itertools as it
class Evens(it.count):
    def __next__(self):
        v = super().__next__()
        return v * 2
e = Evens(1)
print(next(e), next(e), type(e).__name__, isinstance(e, it.count))
class Named(it.chain):
    pass
n = Named('ab', 'c'); print(list(n), type(n).__name__)
class Rep(it.repeat):
    pass
print(repr(Rep('x', 2)), list(Rep('y', 2)))
print([t.__name__ for t in (it.count, it.cycle, it.repeat, it.accumulate, it.chain, it.compress, it.dropwhile,
        it.takewhile, it.filterfalse, it.starmap, it.groupby, it.islice, it.pairwise, it.zip_longest,
        it.product, it.permutations, it.combinations, it.combinations_with_replacement)])
print(type(it.tee('a')[0]).__name__, it.tee.__name__, type(it.count()))
