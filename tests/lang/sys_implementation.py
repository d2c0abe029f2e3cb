import sys
impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower())
print(impl.version[:2], impl.version == sys.version_info)
print(impl.hexversion == sys.hexversion)
print(impl.cache_tag.endswith('-311'), impl.cache_tag.startswith(impl.name))
print(type(impl).__name__)
print(repr(impl).startswith("namespace(name="))
