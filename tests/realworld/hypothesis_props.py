# requires: hypothesis
# hypothesis: property-based tests with a fixed seed, as a test module runs them.
from hypothesis import given, settings, strategies as st, assume, example, HealthCheck, Phase, find
from hypothesis.errors import Unsatisfiable
import json, shutil, tempfile
from hypothesis.configuration import set_hypothesis_home_dir

home = tempfile.mkdtemp()
set_hypothesis_home_dir(home)       # keep .hypothesis/ out of the working directory

quiet = settings(derandomize=True, database=None, max_examples=60, deadline=None,
                 suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate, Phase.shrink])

@quiet
@given(st.lists(st.integers()))
def test_sort_idempotent(xs):
    assert sorted(sorted(xs)) == sorted(xs)

@quiet
@given(st.text(), st.text())
def test_concat_len(a, b):
    assert len(a + b) == len(a) + len(b)

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                           lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=3), kids, max_size=3),
                           max_leaves=8)

@quiet
@given(json_values)
def test_json_roundtrip(v):
    assert json.loads(json.dumps(v)) == v

@quiet
@given(st.integers(), st.integers())
@example(0, 0)
def test_add_commutes(a, b):
    assert a + b == b + a

@quiet
@given(st.lists(st.integers(min_value=0, max_value=100), min_size=1))
def test_max_bug(xs):
    assume(len(xs) > 0)
    assert max(xs) < 50          # fails: hypothesis shrinks to the minimal counterexample

for t in [test_sort_idempotent, test_concat_len, test_json_roundtrip, test_add_commutes, test_max_bug]:
    try:
        t()
        print(t.__name__, "passed")
    except AssertionError as e:
        print(t.__name__, "failed", type(e).__name__)

print(find(st.lists(st.integers()), lambda xs: sum(xs) > 10, settings=settings(derandomize=True, database=None)))
print(find(st.text(), lambda s: len(s) >= 3 and s == s[::-1] and s[0] != s[1], settings=settings(derandomize=True, database=None)))
print(find(st.tuples(st.integers(), st.floats(allow_nan=False)), lambda t: t[0] > 3 and t[1] < -1.5, settings=settings(derandomize=True, database=None)))
s = st.builds(dict, a=st.integers(0, 3), b=st.sampled_from("xyz"))
print(repr(s)[:40], st.integers(1, 5).map(lambda x: x * 2).filter(lambda x: x > 4))
print(find(s, lambda d: d["a"] == 3 and d["b"] == "z", settings=settings(derandomize=True, database=None)))
shutil.rmtree(home)
