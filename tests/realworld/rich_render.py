# requires: rich
# rich: tables, panels, markup, syntax-free text rendering to a fixed-width console.
from rich.console import Console
from rich.table import Table
from rich.panel import Panel
from rich.text import Text
from rich.tree import Tree
from rich.markdown import Markdown
from rich.columns import Columns
from rich.pretty import Pretty
from rich import box
import io

buf = io.StringIO()
console = Console(file=buf, width=60, color_system=None, force_terminal=False, legacy_windows=False)

table = Table(title="Inventory", box=box.ASCII)
table.add_column("Item", style="bold")
table.add_column("Qty", justify="right")
table.add_column("Price", justify="right")
for name, q, p in [("apple", 3, 0.5), ("banana split", 12, 3.25), ("cherry", 100, 0.05)]:
    table.add_row(name, str(q), f"{p:.2f}")
console.print(table)
console.print(Panel("Hello [bold]world[/bold]!\nSecond line", title="greeting", width=30))
t = Text("Some words here that wrap around the console width nicely. " * 2)
t.stylize("bold", 0, 4)
console.print(t)
tree = Tree("root")
a = tree.add("a")
a.add("a1"); a.add("a2")
tree.add("b").add("b1")
console.print(tree)
console.print(Markdown("# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n\n1. first\n2. second\n"))
console.print(Columns(["alpha", "beta", "gamma", "delta", "epsilon"], width=10))
console.print(Pretty({"a": [1, 2, 3], "b": {"nested": (4, 5)}, "c": None}))
console.rule("rule")
console.print("[red]markup[/red] with [link=http://x]link[/link] and :smile:")
print(buf.getvalue())

buf2 = io.StringIO()
c2 = Console(file=buf2, width=40, color_system="truecolor", force_terminal=True)
c2.print("[bold red]alert[/] [green on black]ok[/]")
c2.print(Text.from_markup("[italic]it[/italic] [u]under[/u]"))
print(repr(buf2.getvalue()))
print(Text.from_markup("[b]x[/b]y").plain, Text("abc").cell_len)
from rich.markup import escape, render
print(escape("[not markup]"), render("[b]hi[/b]").spans)
