# requires: click
# A click command-line application exercised through CliRunner.
import click
from click.testing import CliRunner


@click.group()
@click.option("--verbose", "-v", count=True, help="Verbosity.")
@click.pass_context
def cli(ctx, verbose):
    """A tool with subcommands."""
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


@cli.command()
@click.argument("name")
@click.option("--count", default=1, type=int, show_default=True, help="Times.")
@click.option("--shout/--no-shout", default=False)
@click.option("--color", type=click.Choice(["red", "green"]), default="red")
@click.pass_obj
def greet(obj, name, count, shout, color):
    """Greet NAME."""
    for _ in range(count):
        msg = f"Hello {name} ({color})"
        click.echo(msg.upper() if shout else msg)
    if obj["verbose"]:
        click.echo(f"verbosity {obj['verbose']}", err=True)


@cli.command("sum")
@click.argument("numbers", nargs=-1, type=float)
@click.option("--precision", type=click.IntRange(0, 5), default=2)
def sum_cmd(numbers, precision):
    """Add NUMBERS."""
    click.echo(f"{sum(numbers):.{precision}f}")


@cli.command()
@click.option("--name", prompt=True)
@click.password_option()
def login(name, password):
    click.echo(f"{name}:{len(password)}")


@cli.command()
@click.argument("src", type=click.File("r"))
@click.option("--upper", is_flag=True)
def cat(src, upper):
    data = src.read()
    click.echo(data.upper() if upper else data, nl=False)


@cli.command()
@click.confirmation_option(prompt="Sure?")
def drop():
    click.echo("dropped")


runner = CliRunner(mix_stderr=False)
cases = [
    ["--help"], ["greet", "--help"], ["greet", "World"], ["-vv", "greet", "Ann", "--count", "2", "--shout"],
    ["greet", "Bob", "--color", "blue"], ["greet"], ["greet", "x", "--count", "abc"],
    ["sum", "1", "2.5", "3"], ["sum", "--precision", "9", "1"], ["sum"], ["nope"],
    ["greet", "x", "--unknown"],
]
for args in cases:
    r = runner.invoke(cli, args)
    print("$", " ".join(args), "->", r.exit_code)
    print(r.stdout, end="")
    print(r.stderr, end="")
r = runner.invoke(cli, ["login"], input="me\nsecret\nsecret\n")
print(r.exit_code, r.output)
r = runner.invoke(cli, ["drop"], input="n\n")
print(r.exit_code, r.output)
r = runner.invoke(cli, ["drop", "--yes"])
print(r.exit_code, r.output)
with runner.isolated_filesystem():
    with open("f.txt", "w") as f:
        f.write("file body\n")
    r = runner.invoke(cli, ["cat", "f.txt", "--upper"])
    print(r.exit_code, repr(r.output))
    r = runner.invoke(cli, ["cat", "missing.txt"])
    print(r.exit_code, r.stderr)
print(click.style("x", fg="red", bold=True).encode())
print(click.unstyle(click.style("plain", fg="blue")))
print(click.format_filename(b"/tmp/a\xffb"))
