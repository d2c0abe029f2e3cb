# Threads share one ElementTree Element: appends from four threads while
# they also read it (len, index, slices, iter, itertext, find); then each
# thread parses its own document.  Nothing is lost and nothing crashes.
import threading
import xml.etree.ElementTree as ET

root = ET.Element("r")
errors = []
start = threading.Barrier(4)


def work(k):
    try:
        start.wait()
        for i in range(1500):
            e = ET.SubElement(root, "c", n=str(i))
            e.text = "t%d" % k
            if i % 50 == 0:
                n = len(root)
                if n:
                    root[n - 1].tag
                    root[-1].get("n")
                sum(1 for _ in root.iter("c"))
                for _ in root.itertext():
                    pass
                root.findall("c")[:3]
                root[:5]
        doc = ET.fromstring("<a>" + "<b x='1'>y</b>" * 500 + "</a>")
        assert len(doc) == 500 and doc[-1].text == "y"
    except Exception as exc:        # reported, not raised in the thread
        errors.append(repr(exc))


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors)
print(len(root), sum(1 for _ in root.iter()), len(list(root.itertext())))
print(sorted({e.text for e in root}))
