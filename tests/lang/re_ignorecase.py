# IGNORECASE across scripts and special case mappings
import re

print(re.findall('(?i)straße', 'STRASSE straße STRAßE'))
print(re.findall('(?i)σ', 'Σσς'), re.findall('(?i)[σ]', 'Σσς'))
print(re.match('(?i)k', '\u212a') is not None, re.match('(?i)\u212a', 'k') is not None)
print(re.match('(?i)s', 'ſ') is not None, re.match('(?ai)s', 'ſ'))
print(re.match('(?i)i', 'İ'), re.match('(?i)ı', 'I'))
print(re.findall('(?i)[a-z]+', 'HeLLo WoRLD'), re.findall('(?i)[^a-z]+', 'aB1c'))
print(re.findall(r'(?i)\bcafé\b', 'CAFÉ café Café'))
print(re.sub('(?i)hello', 'bye', 'Hello HELLO hello'))
print(re.match('(?i)(a)\\1', 'aA').group(), re.match('(?i)[ǅ]', 'ǆ') is not None)
print(re.findall('(?i)[k-m]', 'KLMklm\u212a'))
print(re.match(rb'(?i)\xe9', b'\xc9'))
