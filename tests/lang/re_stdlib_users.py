# stdlib modules built on re: string.Template, textwrap, fnmatch, shlex, json, tokenize, difflib, html, urllib.parse
import string, textwrap, fnmatch, shlex, json, tokenize, io, glob, difflib, html, urllib.parse
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog ' * 3, 30))
print(textwrap.dedent('   a\n   b\n'), textwrap.fill('hello world', 5))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'), fnmatch.translate('a*[!b]?'))
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"))
print(json.loads('{"a": [1, 2.5, "x\\u00e9"], "b": null}'), json.dumps({'k': [1, 'é']}))
print([t.string for t in tokenize.generate_tokens(io.StringIO('x = 1 + y\n').readline)])
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'])))
print(html.escape('<a href="x">'), html.unescape('&lt;&amp;&#39;'))
print(urllib.parse.urlparse('http://u@h:80/p;q?x=1#f'), urllib.parse.quote('a b/é'))
