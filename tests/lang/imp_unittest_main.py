# unittest.main(exit=False) over this module's TestCases, the report written to a StringIO
import io
import unittest

class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    def test_split(self):
        self.assertEqual('a b'.split(), ['a', 'b'])
        with self.assertRaisesRegex(ValueError, 'empty separator'):
            'x'.split('')

    def test_wrong(self):
        self.assertTrue('' , 'empty string is false')

class Numbers(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.base = 10

    def test_base(self):
        self.assertGreater(self.base, 5)

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn('old', DeprecationWarning)

    def test_isinstance(self):
        self.assertIsInstance(self.base, int)
        self.assertNotIsInstance(self.base, str)

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=['prog'], exit=False, testRunner=runner)
res = prog.result
print(res.testsRun, len(res.failures), len(res.errors), res.wasSuccessful())
lines = stream.getvalue().splitlines()
print([l for l in lines if l.endswith(('ok', 'FAIL', 'ERROR'))])
print([l for l in lines if l.startswith(('FAIL:', 'AssertionError', 'FAILED'))])

stream = io.StringIO()
prog = unittest.main(argv=['prog', 'Numbers'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result.testsRun, prog.result.wasSuccessful(), stream.getvalue().splitlines()[-1])
stream = io.StringIO()
prog = unittest.main(argv=['prog', '-k', 'upper'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result.testsRun, stream.getvalue().splitlines()[-1])
