# requires: unidiff
# unidiff: parse a unified diff and inspect files, hunks and lines.
import difflib
from unidiff import PatchSet

a = ["line %d\n" % i for i in range(1, 30)]
b = list(a)
b[3] = "changed 4\n"
del b[10:12]
b.insert(20, "inserted\n")
diff = "".join(difflib.unified_diff(a, b, "a/foo.txt", "b/foo.txt"))
diff += """diff --git a/new.py b/new.py
new file mode 100644
index 0000000..e69de29
--- /dev/null
+++ b/new.py
@@ -0,0 +1,2 @@
+import os
+print(os.sep)
diff --git a/old.c b/old.c
deleted file mode 100644
--- a/old.c
+++ /dev/null
@@ -1 +0,0 @@
-int main;
"""
ps = PatchSet(diff)
print(len(ps), ps.added, ps.removed, [f.path for f in ps.added_files], [f.path for f in ps.removed_files], [f.path for f in ps.modified_files])
for pf in ps:
    print(pf.path, pf.source_file, pf.target_file, pf.added, pf.removed, pf.is_added_file, pf.is_removed_file)
    for h in pf:
        print(" hunk", h.source_start, h.source_length, h.target_start, h.target_length, h.added, h.removed)
        for ln in h:
            if ln.is_added or ln.is_removed:
                print("  ", ln.line_type, ln.source_line_no, ln.target_line_no, repr(ln.value))
print(str(ps) == diff)
print(str(ps[0][0]).splitlines()[0])
