#!/bin/sh
# Install what krait needs to build and test, from Debian packages.
#   build:  a C compiler, make, Boehm GC (libgc), GMP; zlib, bzip2, xz and
#           OpenSSL's libcrypto for zlib, _bz2, _lzma and _hashlib;
#           libexpat1-dev's expat.h for pyexpat (dlopen'ed), libsqlite3-dev's
#           sqlite3.h for _sqlite3 (dlopen'ed)
#   oracle: python3.11 (Debian's, /usr/bin/python3.11) and CPython's own test suite
#   tools:  clang (libFuzzer, sanitizers), valgrind, pypy3 (benchmark peer)
# With --if-missing, does nothing when every package is already installed.
set -e
PKGS="build-essential libgc-dev libgmp-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev libssl-dev libexpat1-dev libsqlite3-dev python3.11 libpython3.11-testsuite clang libclang-rt-dev valgrind pypy3"
if [ "$1" = "--if-missing" ]; then
    missing=""
    for p in $PKGS; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && exit 0
    echo "installing:$missing"
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PKGS
