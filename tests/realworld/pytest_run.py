# requires: pytest
# pytest run on a generated test module: assertion rewriting, fixtures,
# parametrize, raises, marks, capture, conftest, the failure report.
import os
import re
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "conftest.py"), "w") as f:
    f.write('''
import pytest

@pytest.fixture
def numbers():
    return [3, 1, 2]

@pytest.fixture(scope="module")
def resource():
    yield {"opened": True}
''')
with open(os.path.join(d, "test_sample.py"), "w") as f:
    f.write('''
import pytest

def test_sorted(numbers):
    assert sorted(numbers) == [1, 2, 3]

@pytest.mark.parametrize("a,b,expected", [(1, 2, 3), (2, 2, 4), (5, 5, 11)])
def test_add(a, b, expected):
    assert a + b == expected

def test_raises():
    with pytest.raises(ZeroDivisionError, match="division"):
        1 / 0

def test_dict_diff(resource):
    assert resource == {"opened": True, "extra": 1}

def test_capture(capsys):
    print("captured!")
    assert capsys.readouterr().out == "captured!\\n"

@pytest.mark.skip(reason="not today")
def test_skipped():
    pass

@pytest.mark.xfail(reason="known")
def test_xfail():
    assert False

class TestClass:
    def test_method(self, tmp_path):
        p = tmp_path / "f.txt"
        p.write_text("x")
        assert p.read_text() == "x"

    def test_approx(self):
        assert 0.1 + 0.2 == pytest.approx(0.3)

def test_string_diff():
    assert "hello world" == "hello there"
''')


def run(*args):
    r = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:hypothesispytest", *args],
                       cwd=d, capture_output=True, text=True)
    out = r.stdout.replace(d, "DIR")
    out = re.sub(r" in \d+\.\d+s", " in Ns", out)
    out = re.sub(r"platform .*", "platform X", out)
    out = re.sub(r"rootdir: .*", "rootdir: X", out)
    out = re.sub(r"plugins: .*\n", "", out)
    out = re.sub(r"/tmp/pytest-of-\w+/\S+", "TMP", out)
    print("exit", r.returncode)
    print(out)


run("-q", "-rA")
run("-v", "-k", "add or approx", "--tb=short")
run("--tb=line", "-x")
run("--collect-only", "-q")
