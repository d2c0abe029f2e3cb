# Objects a finished call left in its callers' temporaries must not outlive
# gc.collect(): unittest's tearDown collects while the test method's locals
# still sat in registers under its own frames, and test.support's
# threading_cleanup waited ~10-30 s per test for Thread objects to leave
# threading._dangling.
import gc
import io
import threading
import time
import unittest
import _thread
import weakref

def settle(before):
    """threading_cleanup's loop: how many collections until the threads left."""
    for count in range(100):
        if (_thread._count(), threading._dangling) == before:
            return count
        time.sleep(0.001)
        for _ in range(3):
            gc.collect()
    return count

results = []

class Base(unittest.TestCase):
    def setUp(self):
        self._threads = _thread._count(), threading._dangling.copy()

    def tearDown(self):
        results.append((self._testMethodName, settle(self._threads) == 0))

class Tests(Base):
    def test_daemon_param(self):
        t = threading.Thread()
        self.assertFalse(t.daemon)
        t = threading.Thread(daemon=False)
        self.assertFalse(t.daemon)
        t = threading.Thread(daemon=True)
        self.assertTrue(t.daemon)

    def test_started(self):
        threads = [threading.Thread(target=lambda: None) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(threads), 5)

    def test_failing_run(self):
        class Fail(threading.Thread):
            def run(self):
                raise ValueError('run failed')
        seen = []
        old = threading.excepthook
        threading.excepthook = lambda args: seen.append(args.exc_type)
        try:
            t = Fail()
            t.start()
            t.join()
        finally:
            threading.excepthook = old
        self.assertEqual(seen, [ValueError])

out = io.StringIO()
unittest.main(argv=['x'], exit=False, testRunner=unittest.TextTestRunner(stream=out))
for name, prompt in sorted(results):
    print(name, 'prompt' if prompt else 'slow')
print(out.getvalue().splitlines()[-1])

# Plain objects too.
class Box:
    pass
refs = []
def make():
    boxes = [Box() for _ in range(4)]
    refs.extend(weakref.ref(b) for b in boxes)
make()
gc.collect()
print('boxes alive', sum(r() is not None for r in refs))
