"""_lsprof -- cProfile's engine, on sys.setprofile (krait, helper "trace").

CPython's _lsprof is C; krait's is Python over the profile hook
(vm/trace.c), which already reports call/return for Python frames and
c_call/c_return/c_exception for builtins.  A Profiler keeps one entry per
function (keyed by code object, or by the builtin's descriptive name, as
CPython's normalizeUserObj makes it) and one sub-entry per (caller,
callee) pair; getstats() returns them in CPython's shapes.  Timings come
from the timer (time.perf_counter by default) and are not comparable
with CPython's, but the counts are the same.
"""

import sys as _sys
from time import perf_counter as _perf_counter


class profiler_entry(tuple):
    n_fields = n_sequence_fields = 6
    n_unnamed_fields = 0
    __slots__ = ()

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])
    calls = property(lambda self: self[5])

    def __repr__(self):
        names = ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls')
        return '_lsprof.profiler_entry(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


class profiler_subentry(tuple):
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    __slots__ = ()

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])

    def __repr__(self):
        names = ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime')
        return '_lsprof.profiler_subentry(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


profiler_entry.__module__ = profiler_subentry.__module__ = '_lsprof'


def _builtin_label(fn):
    """CPython's normalizeUserObj: how a builtin is named in the stats."""
    name = getattr(fn, '__name__', '?')
    owner = getattr(fn, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        mod = getattr(fn, '__module__', None)
        if mod is None and owner is not None:
            mod = owner.__name__
        if mod:
            return '<built-in method %s.%s>' % (mod, name)
        return '<built-in method %s>' % name
    for klass in type(owner).__mro__:
        if name in klass.__dict__:
            return repr(klass.__dict__[name])
    return '<built-in method %s>' % name


class _Stat:
    __slots__ = ('key', 'callcount', 'reccallcount', 'tt', 'it', 'level', 'subs')

    def __init__(self, key):
        self.key = key
        self.callcount = self.reccallcount = 0
        self.tt = self.it = 0.0
        self.level = 0
        self.subs = {}


_OWN_CODES = set()


class Profiler:
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)"""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer
        self._unit = timeunit
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._stats = {}
        self._stack = []
        self._enabled = False

    def _now(self):
        if self._timer is None:
            return _perf_counter()
        t = self._timer()
        return t * self._unit if self._unit else t

    def _entry(self, key):
        st = self._stats.get(key)
        if st is None:
            st = self._stats[key] = _Stat(key)
        return st

    def _enter(self, key):
        st = self._entry(key)
        st.level += 1
        sub = None
        if self._subcalls and self._stack:
            parent = self._stack[-1][0]
            sub = parent.subs.get(key)
            if sub is None:
                sub = parent.subs[key] = _Stat(key)
            sub.level += 1
        self._stack.append([st, sub, self._now(), 0.0])

    def _leave(self):
        st, sub, t0, subt = self._stack.pop()
        tt = self._now() - t0
        it = tt - subt
        if self._stack:
            self._stack[-1][3] += tt
        for s in (st, sub):
            if s is None:
                continue
            s.level -= 1
            if s.level == 0:
                s.tt += tt
            else:
                s.reccallcount += 1
            s.it += it
            s.callcount += 1

    def _dispatch(self, frame, event, arg):
        if frame.f_code in _OWN_CODES:
            return      # enable()/disable() themselves (disable is counted there)
        if event == 'call':
            self._enter(frame.f_code)
        elif event == 'return':
            if self._stack:
                self._leave()
        elif self._builtins:
            if event == 'c_call':
                self._enter(_builtin_label(arg))
            elif self._stack:
                self._leave()

    def enable(self, subcalls=True, builtins=True):
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._enabled = True
        _sys.setprofile(self._dispatch)

    def disable(self):
        if self._enabled:
            _sys.setprofile(None)
            self._enabled = False
            # CPython sees its own disable() as a builtin call.
            while self._stack:
                self._leave()
            key = "<method 'disable' of '_lsprof.Profiler' objects>"
            st = self._entry(key)
            st.callcount += 1

    def clear(self):
        self._stats = {}
        self._stack = []

    def getstats(self):
        out = []
        for st in self._stats.values():
            calls = None
            if self._subcalls and st.subs:
                calls = [profiler_subentry((s.key, s.callcount, s.reccallcount, s.tt, s.it))
                         for s in st.subs.values()]
            out.append(profiler_entry((st.key, st.callcount, st.reccallcount, st.tt, st.it,
                                       calls)))
        return out


Profiler.__module__ = '_lsprof'
_OWN_CODES.update(f.__code__ for f in (Profiler.enable, Profiler.disable, Profiler._dispatch))
