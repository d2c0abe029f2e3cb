# Codecs are stateless and shared; incremental objects keep their state in
# the object: decoders used by several threads at once must not crash, and
# one decoder per thread gives each its own text.
import codecs
import threading

text = "日本語のテキスト、カタカナ。" * 50
datas = {name: text.encode(name) for name in ("shift_jis", "euc_jp", "iso2022_jp", "cp932")}
results = {}
errors = []


def own(name, key):
    d = codecs.getincrementaldecoder(name)()
    data = datas[name]
    out = [d.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
    out.append(d.decode(b"", True))
    results[key] = "".join(out) == text


shared = codecs.getincrementaldecoder("shift_jis")("replace")
shared_enc = codecs.getincrementalencoder("iso2022_jp")()


def share():
    data = datas["shift_jis"]
    try:
        for i in range(0, len(data), 5):
            shared.decode(data[i:i + 5])
            shared_enc.encode(text[i % len(text)])
    except Exception as e:          # a pending overflow is possible; a crash is not
        errors.append(type(e).__name__)


threads = [threading.Thread(target=own, args=(name, (name, i)))
           for name in datas for i in range(3)]
threads += [threading.Thread(target=share) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(set(errors) <= {"UnicodeError", "UnicodeEncodeError"})
print(len("".join(t.encode("gb18030").decode("gb18030") for t in [text] * 3)))
