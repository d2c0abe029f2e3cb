# Compile-time SyntaxWarnings (assert of a tuple, `is` with a literal, a
# missing comma), and SyntaxError under an "error" filter.
import warnings
warnings.simplefilter('always')
srcs = ['assert(False, "msg")', 'assert(x, "msg")', 'assert ()', 'assert x, "m"', 'x is ()', 'x is (1,2)', 'x is -1',
 'x is 1+2', 'x is f"a"', 'x is b""', 'f"abc"(1)', '(-1)(2)', '(1,)[1.0]', '(1,)["a":]', '"ab"["a"]', '(1).real',
 '(1)[2]', '{1:2}[3]', 'x[1] = 2; del (1,)["a"]', 'def f():\n  if x is 1: pass\n  y = x is not 1',
 'x is None', 'x is True', 'x is ...', '1 is x', 'x is y is 1', 'x is not "s"', 'x == 1',
 '[(1, 2) (3, 4)]', '[(x, y) (3, 4)]', '[[1, 2] (3, 4)]', '[{1, 2} (3, 4)]', '[{1: 2} (3, 4)]',
 '[[i for i in range(5)] (3, 4)]', '[{i for i in range(5)} (3, 4)]', '[(i for i in range(5)) (3, 4)]',
 '[{i: i for i in range(5)} (3, 4)]', '[f"{x}" (3, 4)]', '[f"x={x}" (3, 4)]', '["abc" (3, 4)]', '[b"abc" (3, 4)]',
 '[123 (3, 4)]', '[12.3 (3, 4)]', '[12.3j (3, 4)]', '[None (3, 4)]', '[True (3, 4)]', '[... (3, 4)]',
 '[{1, 2} [i, j]]', '[{i for i in range(5)} [i, j]]', '[(i for i in range(5)) [i, j]]', '[(lambda x, y: x) [i, j]]',
 '[123 [i, j]]', '[12.3 [i, j]]', '[12.3j [i, j]]', '[None [i, j]]', '[True [i, j]]', '[... [i, j]]',
 '[(1, 2) [i, j]]', '[(x, y) [i, j]]', '[[1, 2] [i, j]]', '[[i for i in range(5)] [i, j]]', '[f"{x}" [i, j]]',
 '[f"x={x}" [i, j]]', '["abc" [i, j]]', '[b"abc" [i, j]]', '[[1, 2] [3, 4]]', '[[1, 2] [[3, 4]]]',
 '[[1, 2] [[i for i in range(5)]]]', '[[1, 2] [{3, 4}]]', '[[1, 2] [{i for i in range(5)}]]', '[[1, 2] [{3: 4}]]',
 '[[1, 2] [{i: i for i in range(5)}]]', '[[1, 2] [(i for i in range(5))]]', '[[1, 2] [(lambda x, y: x)]]',
 '[[1, 2] [f"{x}"]]', '[[1, 2] [f"x={x}"]]', '[[1, 2] ["abc"]]', '[[1, 2] [b"abc"]]', '[[1, 2] [12.3]]',
 '[[1, 2] [12.3j]]', '[[1, 2] [None]]', '[[1, 2] [...]]', '[(lambda x, y: x) (3, 4)]', '[[1, 2] [i]]',
 '[[1, 2] [0]]', '[[1, 2] [True]]', '[[1, 2] [1:2]]', '[{(1, 2): 3} [i, j]]', '(-1)[0]', '"a"[-1]', 'x = [1][-1.5]',
 'lambda: (1)(2)', 'class C:\n  y = 1 is x']
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(s, '<t>', 'exec')
    print(repr(s), [(str(x.message), x.lineno, x.filename) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(s, '<t>', 'exec')
        except SyntaxError as e:
            print('  SE', e.msg, e.lineno)
