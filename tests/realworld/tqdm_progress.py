# requires: tqdm
# tqdm: progress bars written to a string buffer with a fixed clock.
import io
from tqdm import tqdm, trange
from tqdm.utils import _text_width

buf = io.StringIO()
for _ in tqdm(range(5), file=buf, ncols=60, mininterval=0, miniters=1, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}"):
    pass
print(repr(buf.getvalue()))
print(tqdm.format_meter(50, 200, 12.5, ncols=70))
print(tqdm.format_meter(3, None, 2.0, unit="it"))
print(tqdm.format_meter(1234, 10000, 61, unit="B", unit_scale=True, unit_divisor=1024, prefix="dl"))
print(tqdm.format_sizeof(123456789), tqdm.format_sizeof(1024, divisor=1024), tqdm.format_interval(3725), tqdm.format_num(0.000123))
buf = io.StringIO()
with tqdm(total=100, file=buf, ncols=50, mininterval=0, bar_format="{desc}: {percentage:3.0f}%|{bar}|") as bar:
    bar.set_description("work")
    for _ in range(4):
        bar.update(25)
print(repr(buf.getvalue()))
buf = io.StringIO()
t = trange(3, file=buf, disable=True)
print(list(t), t.n, _text_width("ab中"))
