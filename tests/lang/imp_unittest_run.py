# unittest: a TestCase run programmatically, the report written to a StringIO
import io
import unittest

class Arith(unittest.TestCase):
    def setUp(self):
        self.n = 2

    def test_add(self):
        self.assertEqual(self.n + 2, 4)

    def test_fail(self):
        self.assertEqual(self.n, 3, 'n is not three')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_error(self):
        raise KeyError('boom')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
for test, tb in result.failures + result.errors:
    print(test.id(), tb.strip().splitlines()[-1])
print([t.id() for t, _ in result.skipped], [r for _, r in result.skipped])

class Passing(unittest.TestCase):
    def test_ok(self):
        self.assertIn(1, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2], [2, 1])

stream = io.StringIO()
prog = unittest.main(module=None, argv=['x', 'Passing'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream),
                     defaultTest=None) if False else None
r = unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(Passing))
print(r.wasSuccessful(), r.testsRun, stream.getvalue().splitlines()[-1])
try:
    Arith('test_add').assertEqual([1, 2], [1, 3])
except AssertionError as e:
    print(str(e).splitlines()[0])
try:
    Arith('test_add').assertDictEqual({'a': 1}, {'a': 2})
except AssertionError as e:
    print(str(e).splitlines()[0])
