# requires: chardet
# chardet: encoding detection of texts in several encodings.
import chardet
from chardet.universaldetector import UniversalDetector

samples = {
    "ascii": b"plain ascii text, nothing special here.",
    "utf-8": "Unicode text: naïve café, Straße, 日本語のテキスト".encode("utf-8"),
    "utf-8-sig": "\ufeffBOM text".encode("utf-8"),
    "utf-16": "some utf-16 text".encode("utf-16"),
    "latin-1": ("Le cœur a ses raisons que la raison ne connaît point. " * 3).encode("windows-1252"),
    "koi8-r": ("Съешь же ещё этих мягких французских булок, да выпей чаю. " * 4).encode("koi8-r"),
    "shift_jis": b'\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96{\x8c\xea\x82\xcc\x95\xb6\x8f\xcd\x82\xc5\x82\xb7\x81B\x95\xb6\x8e\x9a\x83R\x81[\x83h\x82\xcc\x94\xbb\x92\xe8\x82\xf0\x82\xb5\x82\xdc\x82\xb7\x81B' * 3  # shift_jis, pre-encoded: krait has no CJK codecs,
    "gb2312": b'\xd5\xe2\xca\xc7\xd2\xbb\xb8\xf6\xd6\xd0\xce\xc4\xbe\xe4\xd7\xd3\xa3\xac\xd3\xc3\xd3\xda\xb2\xe2\xca\xd4\xd7\xd6\xb7\xfb\xb1\xe0\xc2\xeb\xbc\xec\xb2\xe2\xa1\xa3' * 3  # gb2312, pre-encoded: krait has no CJK codecs,
    "euc-kr": b'\xc0\xcc\xb0\xcd\xc0\xba \xc7\xd1\xb1\xb9\xbe\xee \xb9\xae\xc0\xe5\xc0\xd4\xb4\xcf\xb4\xd9. \xc0\xce\xc4\xda\xb5\xf9 \xb0\xa8\xc1\xf6\xb8\xa6 \xc5\xd7\xbd\xba\xc6\xae\xc7\xd5\xb4\xcf\xb4\xd9. ' * 3  # euc-kr, pre-encoded: krait has no CJK codecs,
    "greek": ("Η γρήγορη καφέ αλεπού πηδάει πάνω από το τεμπέλικο σκυλί. " * 3).encode("iso-8859-7"),
}
for name, data in samples.items():
    r = chardet.detect(data)
    print(name, r["encoding"], round(r["confidence"], 2), r["language"])
d = UniversalDetector()
for line in samples["koi8-r"].split(b" "):
    d.feed(line + b" ")
    if d.done:
        break
d.close()
print(d.result["encoding"])
print(chardet.detect_all(samples["latin-1"])[:2])
print(chardet.detect(b""))
