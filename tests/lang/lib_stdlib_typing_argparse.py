import typing, argparse, json, string, textwrap, re
from typing import List, Optional, Dict, Union, TypeVar, Generic
T = TypeVar('T')
print(List[int], Optional[str], Dict[str, List[int]], Union[int, str], typing.Any)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, typing.get_type_hints(Box.__init__))
p = argparse.ArgumentParser(prog='tool', description='demo')
p.add_argument('--n', type=int, default=3)
p.add_argument('files', nargs='*')
p.add_argument('-v', action='store_true')
print(p.parse_args(['--n', '5', 'a', 'b', '-v']))
print(p.format_usage().strip())
print(json.dumps({"a": [1, 2.5, None, True], "b": "x"}, sort_keys=True), json.loads('{"k": [1, {"z": null}]}'))
print(string.Template("$a+$b").substitute(a=1, b=2), string.capwords("hello  big world"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, 30))
print(textwrap.dedent("    a\n      b\n"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
