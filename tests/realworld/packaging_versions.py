# requires: packaging
# packaging: versions, specifiers, requirements, markers, tags, names.
from packaging.version import Version, InvalidVersion, parse
from packaging.specifiers import SpecifierSet, Specifier, InvalidSpecifier
from packaging.requirements import Requirement
from packaging.markers import Marker
from packaging.utils import canonicalize_name, canonicalize_version

vs = ["1.0", "1.0.post1", "1.0a1", "1.0b2", "1.0rc1", "1.0.dev3", "2!0.1", "1.0+local.7", "1.10", "1.9", "0.9.9.9"]
print(sorted(vs, key=Version))
v = Version("1.2.3rc4.post5.dev6+abc.1")
print(v.release, v.pre, v.post, v.dev, v.local, v.epoch, v.public, v.base_version, v.is_prerelease, v.major, v.micro)
print(Version("1.0") == Version("1.0.0"), Version("1.0a1") < Version("1.0"), repr(parse("3.11")))
for bad in ["not.a.version", "1.0-", ""]:
    try:
        Version(bad)
    except InvalidVersion as e:
        print("InvalidVersion", e)
ss = SpecifierSet(">=1.0,<2.0,!=1.5.*")
print(ss, [x for x in ["0.9", "1.0", "1.5.2", "1.9.9", "2.0", "1.6a1"] if x in ss])
print(list(ss.filter(["1.1", "1.6a1", "1.7"])), list(ss.filter(["1.6a1"], prereleases=True)))
print(Specifier("~=1.4.2").contains("1.4.9"), Specifier("~=1.4.2").contains("1.5"), Specifier("==1.*").contains("1.9"))
print(sorted(str(s) for s in SpecifierSet("~=3.1") & SpecifierSet("<4")))
try:
    SpecifierSet("=>1.0")
except InvalidSpecifier as e:
    print("InvalidSpecifier", e)
r = Requirement('requests[security,socks]>=2.8.1,==2.8.*; python_version < "3.12" and os_name == "posix"')
print(r.name, sorted(r.extras), r.specifier, r.marker, r.url)
print(r.marker.evaluate({"python_version": "3.11", "os_name": "posix"}), r.marker.evaluate({"python_version": "3.12", "os_name": "posix"}))
print(Requirement("pkg @ https://example.com/pkg.zip").url)
m = Marker("extra == 'test' or (platform_system != 'Windows' and implementation_name == 'cpython')")
print(m, m.evaluate({"extra": "x", "platform_system": "Linux", "implementation_name": "cpython"}))
print(canonicalize_name("Foo.Bar_baz"), canonicalize_version("1.0.0"), canonicalize_version("1.0.0.0+Local"))
