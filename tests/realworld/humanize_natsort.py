# requires: humanize natsort
# humanize + natsort: human-friendly numbers/sizes/times and natural ordering.
import datetime
import humanize
from natsort import natsorted, humansorted, ns, index_natsorted, order_by_index, natsort_keygen

print(humanize.intcomma(1234567), humanize.intcomma(1234567.891, 2), humanize.intword(1200000000), humanize.intword(12345))
print(humanize.apnumber(4), humanize.apnumber(41), humanize.ordinal(1), humanize.ordinal(22), humanize.ordinal(113))
print(humanize.naturalsize(3000000), humanize.naturalsize(3000000, binary=True), humanize.naturalsize(1, gnu=True), humanize.naturalsize(10**15))
print(humanize.fractional(0.3), humanize.fractional(1.5), humanize.scientific(0.00042), humanize.scientific(12345678, 3))
d = datetime.timedelta
print(humanize.naturaldelta(d(seconds=1)), humanize.naturaldelta(d(hours=3, minutes=2)), humanize.naturaldelta(d(days=400)))
print(humanize.precisedelta(d(days=2, hours=3, seconds=12, microseconds=500)), humanize.precisedelta(d(seconds=3725), minimum_unit="minutes", format="%0.1f"))
print(humanize.naturaldate(datetime.date(2007, 6, 5)), humanize.naturalday(datetime.date(2019, 1, 2)))
print(humanize.metric(1500, "V"), humanize.metric(0.0022, "F"), humanize.clamp(0.0001, floor=0.01))
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "a10b2", "a10b10", "a9", "1.5", "1.10", "-3", "version-1.10.2", "version-1.9.0"]
print(natsorted(files))
print(natsorted(files, alg=ns.IGNORECASE))
print(natsorted(files, alg=ns.REAL), natsorted(["1.5", "1.10", "-3", "10"], alg=ns.FLOAT | ns.SIGNED))
print(natsorted(["1.10.2", "1.9.0", "1.10.0"], alg=ns.FLOAT), humansorted(["Apple", "apple", "Banana", "banana"]))
print(natsorted(files, reverse=True)[:4], natsorted([("b2", 1), ("b10", 2), ("b1", 3)], key=lambda t: t[0]))
idx = index_natsorted(["x12", "x2", "x1"])
print(idx, order_by_index(["x12", "x2", "x1"], idx))
key = natsort_keygen(alg=ns.PATH)
print(sorted(["dir/file10", "dir/file2", "dir2/a", "dir/a"], key=key))
print(natsorted(["a1", "a01", "a001", "a1b"]), natsorted(["č2", "c10", "c2", "ç1"], alg=ns.GROUPLETTERS))
