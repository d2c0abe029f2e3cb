"""_sqlite3: CPython 3.11's C module, written in Python over the thin C
layer _sqlite3_native (src/modules/_sqlite3.c), which owns the SQLite
handles and the callbacks SQLite makes.  This file holds the DB-API
bookkeeping: connections and their transactions, the statement cache,
cursors and parameter binding, rows, blobs, adapters and converters.
Behaviour and messages follow Modules/_sqlite/*.c of CPython 3.11.
"""
import _sqlite3_native as _n
import _thread
from _sqlite3_native import complete_statement

# the constants: result codes, authorizer actions, limits
for _k in dir(_n):
    if _k.startswith("SQLITE_"):
        globals()[_k] = getattr(_n, _k)
del _k

sqlite_version = _n.sqlite_version
version = "2.6.0"
threadsafety = {0: 0, 1: 3, 2: 1}.get(_n.threadsafe, 0)
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

_OPEN_READWRITE = 0x2
_OPEN_CREATE = 0x4
_OPEN_URI = 0x40
_DETERMINISTIC = 0x800
_UTF8 = 1


def _tname(v):
    """A type's name as Argument Clinic words it ("None" for None)."""
    return "None" if v is None else type(v).__name__


def _public(cls):
    cls.__module__ = "sqlite3"
    return cls


@_public
class Warning(Exception):
    pass


@_public
class Error(Exception):
    pass


@_public
class InterfaceError(Error):
    pass


@_public
class DatabaseError(Error):
    pass


@_public
class InternalError(DatabaseError):
    pass


@_public
class OperationalError(DatabaseError):
    pass


@_public
class ProgrammingError(DatabaseError):
    pass


@_public
class IntegrityError(DatabaseError):
    pass


@_public
class DataError(DatabaseError):
    pass


@_public
class NotSupportedError(DatabaseError):
    pass


# the order _sqlite3_native.open expects
_EXCS = (InterfaceError, DatabaseError, InternalError, OperationalError,
         ProgrammingError, IntegrityError, DataError, NotSupportedError)
# enable_callback_tracebacks, read by the C callbacks
_tb_flag = [False]


def enable_callback_tracebacks(enable, /):
    _tb_flag[0] = bool(enable)


def enable_shared_cache(enable):
    import warnings
    warnings.warn("enable_shared_cache is deprecated and will be removed in "
                  "Python 3.12. Shared cache is strongly discouraged by the "
                  "SQLite 3 documentation. If shared cache must be used, open "
                  "the database in URI mode using the cache=shared query "
                  "parameter.", DeprecationWarning, stacklevel=2)


# ---- adapters and converters ------------------------------------------------

@_public
class PrepareProtocol:
    """PEP 246 style object adaption protocol type."""
    __slots__ = ()


adapters = {}
converters = {}
_base_type_adapted = [False]


def register_adapter(type, adapter, /):
    if type in (int, float, str, bytearray):
        _base_type_adapted[0] = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not %s"
                        % _tname(typename))
    converters[typename.upper()] = converter


_NOALT = object()


def adapt(obj, proto=PrepareProtocol, alt=_NOALT, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    adapter = getattr(proto, "__adapt__", None)
    if adapter is not None:
        try:
            adapted = adapter(obj)
        except TypeError:
            adapted = None
        if adapted is not None:
            return adapted
    adapter = getattr(obj, "__conform__", None)
    if adapter is not None:
        try:
            adapted = adapter(proto)
        except TypeError:
            adapted = None
        if adapted is not None:
            return adapted
    if alt is not _NOALT:
        return alt
    raise ProgrammingError("can't adapt")


_NO_ADAPT = (int, float, str, bytearray)


def _adapted(v):
    if not _base_type_adapted[0] and type(v) in _NO_ADAPT:
        return v
    return adapt(v, PrepareProtocol, v)


def _fast_mask():
    """What _sqlite3_native.bind_many may bind as it is: the types
    need_adapt passes (unless a base type was ever adapted), and None and
    bytes while no adapter is registered for them.  Remembered while
    `adapters` keeps its size (registering changes it)."""
    size = len(adapters)
    if _mask_cache[0] == size and _mask_cache[2] == _base_type_adapted[0]:
        return _mask_cache[1]
    mask = 0 if _base_type_adapted[0] else 1
    if (type(None), PrepareProtocol) not in adapters:
        mask |= 2
    if (bytes, PrepareProtocol) not in adapters:
        mask |= 4
    _mask_cache[:] = [size, mask, _base_type_adapted[0]]
    return mask


_mask_cache = [-1, 0, False]


def _converter(name):
    return converters.get(name.upper())


# ---- argument parsing as CPython's C functions word it ----------------------

def _clinic(fname, names, required, args, kwargs):
    """Bind args and kwargs to names (Argument Clinic's messages); the
    values, with _MISSING for absent optional ones."""
    if len(args) > len(names):
        raise TypeError("%s() takes at most %d arguments (%d given)"
                        % (fname, len(names), len(args) + len(kwargs)))
    out = list(args) + [_MISSING] * (len(names) - len(args))
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
        i = names.index(k)
        if i < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, k, i + 1))
        out[i] = v
    for i in range(required):
        if out[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    return out


_MISSING = object()


def _c_double(v):
    if isinstance(v, float):
        return v
    if not hasattr(type(v), "__float__") and not hasattr(type(v), "__index__"):
        raise TypeError("must be real number, not %s" % _tname(v))
    return float(v)


def _str_arg(fname, what, v):
    if not isinstance(v, str):
        raise TypeError("%s() argument %s must be str, not %s" % (fname, what, _tname(v)))
    return v


# ---- connections --------------------------------------------------------------

_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")
_CONNECT_ARGS = ("database", "timeout", "detect_types", "isolation_level",
                 "check_same_thread", "factory", "cached_statements", "uri")


def _isolation_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    if "\0" in level:
        raise ValueError("embedded null character")
    for candidate in _LEVELS:
        if level.upper() == candidate:
            return candidate
    raise ValueError("isolation_level string must be '', 'DEFERRED', "
                     "'IMMEDIATE', or 'EXCLUSIVE'")


class _Statement:
    """A prepared statement: the native handle and what CPython's
    pysqlite_Statement records about it."""
    __slots__ = ("st", "is_dml", "ncols", "nparams", "readonly", "in_use")

    def __init__(self, st):
        self.st = st
        self.is_dml, self.ncols, self.nparams, self.readonly = _n.info(st)
        self.in_use = False


def _db_path(database):
    import os
    path = os.fsdecode(database) if not isinstance(database, str) else database
    if "\0" in path:
        raise ValueError("embedded null byte")
    return path


@_public
class Connection:
    """SQLite database connection object."""
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    InternalError = InternalError
    OperationalError = OperationalError
    ProgrammingError = ProgrammingError
    IntegrityError = IntegrityError
    DataError = DataError
    NotSupportedError = NotSupportedError

    _db = None
    row_factory = None
    text_factory = None

    def __init__(self, *args, **kwargs):
        (database, timeout, detect_types, isolation_level, check_same_thread, factory,
         cached_statements, uri) = _clinic("Connection", _CONNECT_ARGS, 1, args, kwargs)
        timeout = 5.0 if timeout is _MISSING else _c_double(timeout)
        detect_types = 0 if detect_types is _MISSING else _c_int(detect_types)
        level = "" if isolation_level is _MISSING else _isolation_level(isolation_level)
        check_same_thread = True if check_same_thread is _MISSING else _c_int(check_same_thread)
        cached_statements = 128 if cached_statements is _MISSING else _c_int(cached_statements)
        uri = False if uri is _MISSING else bool(uri)
        path = _db_path(database)
        flags = _OPEN_READWRITE | _OPEN_CREATE | (_OPEN_URI if uri else 0)
        if self._db is not None:
            self.close()
        self._db = _n.open(path, flags, None, _EXCS, _tb_flag)
        _n.busy_timeout(self._db, int(timeout * 1000))
        self._level = level
        self.detect_types = detect_types
        self._check_same_thread = bool(check_same_thread)
        self._thread_ident = _thread.get_ident()
        self._cache = {}
        self._cache_size = int(cached_statements)
        self._blobs = []
        self.row_factory = None
        self.text_factory = str

    # -- checks

    def _check(self):
        """CPython's pysqlite_check_thread and pysqlite_check_connection."""
        db = self._db
        if db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._check_same_thread and _thread.get_ident() != self._thread_ident:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that "
                "same thread. The object was created in thread id %d and this "
                "is thread id %d." % (self._thread_ident, _thread.get_ident()))
        if not _n.is_open(db):
            raise ProgrammingError("Cannot operate on a closed database.")
        return db

    def _check_open(self):
        """pysqlite_check_connection alone (the getters skip the thread check)."""
        db = self._db
        if db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if not _n.is_open(db):
            raise ProgrammingError("Cannot operate on a closed database.")
        return db

    def _check_thread(self):
        if self._check_same_thread and _thread.get_ident() != self._thread_ident:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that "
                "same thread. The object was created in thread id %d and this "
                "is thread id %d." % (self._thread_ident, _thread.get_ident()))

    # -- statements

    def _statement(self, sql):
        """A statement for sql from the cache (cached_statements of them,
        the oldest dropped first), or a fresh one when the cached one is in
        use or the SQL is empty (None: only comments)."""
        stmt = self._cache.get(sql)
        if stmt is not None and not stmt.in_use:
            return stmt
        st = _n.prepare(self._db, sql)
        if st is None:
            return None
        fresh = _Statement(st)
        if stmt is None and self._cache_size > 0:
            cache = self._cache
            if len(cache) >= self._cache_size:
                del cache[next(iter(cache))]
            cache[sql] = fresh
        return fresh

    def _begin(self):
        _n.exec(self._db, "BEGIN " + self._level)

    def __call__(self, sql, /):
        """Prepare sql (an old pysqlite API): a Statement, of no further use."""
        self._check()
        if not isinstance(sql, str):
            raise TypeError("argument 1 must be str, not %s" % _tname(sql))
        st = _n.prepare(self._db, sql)
        stmt = object.__new__(_StatementType)
        stmt._stmt = _Statement(st) if st is not None else None
        return stmt

    # -- the DB-API

    def cursor(self, factory=None):
        self._check()
        if factory is None:
            factory = Cursor
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not %.100s" % type(cur).__name__)
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        db = self._check()
        if not _n.autocommit(db):
            _n.exec(db, "COMMIT")

    def rollback(self):
        db = self._check()
        if not _n.autocommit(db):
            _n.exec(db, "ROLLBACK")

    def close(self):
        db = self._db
        if db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        self._check_thread()
        for ref in self._blobs:
            blob = ref()
            if blob is not None:
                blob.close()
        self._blobs = []
        # statements still referenced (by cursors) keep the database a
        # zombie until the collector finalizes them, as sqlite3_close_v2
        # allows; the cached ones are only reset
        self._cache = {}
        _n.close(db)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb, /):
        if exc_type is None and exc_value is None and exc_tb is None:
            try:
                self.commit()
            except BaseException:
                try:
                    self.rollback()
                except BaseException:
                    pass
                raise
        else:
            self.rollback()
        return False

    @property
    def in_transaction(self):
        return not _n.autocommit(self._check_open())

    @property
    def total_changes(self):
        return _n.total_changes(self._check_open())

    @property
    def isolation_level(self):
        self._check_open()
        return self._level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is None:
            self._level = None
            self.commit()
            return
        self._level = _isolation_level(value)

    @isolation_level.deleter
    def isolation_level(self):
        raise AttributeError("cannot delete attribute")

    # -- callbacks

    def create_function(self, name, narg, func, *, deterministic=False):
        db = self._check()
        _str_arg("create_function", "'name'", name)
        narg = _c_int(narg)
        flags = _UTF8 | (_DETERMINISTIC if deterministic else 0)
        if _n.create_function(db, name, narg, func, flags, 0):
            raise OperationalError("Error creating function")

    def create_aggregate(self, name, n_arg, aggregate_class):
        db = self._check()
        _str_arg("create_aggregate", "'name'", name)
        n_arg = _c_int(n_arg)
        if _n.create_function(db, name, n_arg, aggregate_class, _UTF8, 1):
            raise OperationalError("Error creating aggregate")

    def create_window_function(self, name, num_params, aggregate_class, /):
        db = self._check()
        _str_arg("create_window_function", "1", name)
        num_params = _c_int(num_params)
        rc = _n.create_function(db, name, num_params, aggregate_class, _UTF8, 2)
        if rc:
            raise ProgrammingError(_n.errstr(rc))

    def create_collation(self, name, callback, /):
        db = self._check()
        _str_arg("create_collation", "1", name)
        if callback is not None and not callable(callback):
            raise TypeError("parameter must be callable")
        _n.create_collation(db, name, callback)

    def set_authorizer(self, authorizer_callback):
        _n.set_hook(self._check(), 0, authorizer_callback, 0)

    def set_progress_handler(self, progress_handler, n):
        _n.set_hook(self._check(), 1, progress_handler, _c_int(n))

    def set_trace_callback(self, trace_callback):
        _n.set_hook(self._check(), 2, trace_callback, 0)

    def interrupt(self):
        _n.interrupt(self._check())

    def getlimit(self, category, /):
        return _n.limit(self._check(), category, -1)

    def setlimit(self, category, limit, /):
        return _n.limit(self._check(), category, limit)

    def iterdump(self):
        self._check()
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def blobopen(self, table, column, row, /, *, readonly=False, name="main"):
        import weakref
        db = self._check()
        _str_arg("blobopen", "1", table)
        _str_arg("blobopen", "2", column)
        _str_arg("blobopen", "'name'", name)
        blob = object.__new__(Blob)
        blob._init(_n.blob_open(db, table, column, row, readonly, name), self)
        self._blobs = [r for r in self._blobs if r() is not None]
        self._blobs.append(weakref.ref(blob))
        return blob

    if _n.can_serialize:
        def serialize(self, *, name="main"):
            db = self._check()
            return _n.serialize(db, _str_arg("serialize", "'name'", name))

        def deserialize(self, data, /, *, name="main"):
            db = self._check()
            _str_arg("deserialize", "'name'", name)
            if isinstance(data, str):
                data = data.encode()    # Argument Clinic's Py_buffer(accept={str, buffer})
            _n.deserialize(db, data, name)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        db = self._check()
        if not isinstance(target, Connection):
            raise TypeError("backup() argument 'target' must be sqlite3.Connection, not %s"
                            % _tname(target))
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        tdb = target._check()
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        if pages == 0:
            pages = -1
        import time
        bk = _n.backup_init(tdb, "main", db, name)
        try:
            while True:
                rc, remaining, count = _n.backup_step(bk, pages)
                if progress is not None:
                    progress(rc, remaining, count)
                if rc in (SQLITE_BUSY, SQLITE_LOCKED):
                    time.sleep(sleep)
                if rc == SQLITE_DONE:
                    break
        finally:
            _n.backup_finish(bk)


@_public
class _StatementType:
    """A prepared statement, as Connection.__call__ returns it."""
    __slots__ = ("_stmt",)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sqlite3.Statement' instances")


_StatementType.__name__ = _StatementType.__qualname__ = "Statement"


# ---- cursors --------------------------------------------------------------------

@_public
class Cursor:
    """SQLite database cursor class."""
    _conn = None
    row_factory = None

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % _tname(connection))
        self._conn = connection
        self._stmt = None
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._closed = False
        self._locked = False
        self._casts = None
        self._arraysize = 1
        self.row_factory = None

    @property
    def connection(self):
        return self._conn

    @property
    def arraysize(self):
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value):
        self._arraysize = _c_int(value)

    @property
    def description(self):
        return self._description

    @property
    def rowcount(self):
        return self._rowcount

    @property
    def lastrowid(self):
        return self._lastrowid

    def _check(self):
        """CPython's check_cursor: the cursor, then its connection."""
        conn = self._conn
        if conn is None:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        if self._locked:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        return conn._check()

    def _bind_rest(self, stmt, params, first):
        st = stmt.st
        for i in range(first, len(params)):
            v = _adapted(params[i])
            if not _n.bind(st, i + 1, v):
                raise ProgrammingError("Error binding parameter %d: type '%s' is "
                                       "not supported" % (i + 1, type(v).__name__))

    def _bind(self, stmt, params, mask):
        st = stmt.st
        if type(params) in (tuple, list) or (not isinstance(params, dict) and
                                             _is_sequence(params)):
            n = len(params)
            if n != stmt.nparams:
                raise ProgrammingError(
                    "Incorrect number of bindings supplied. The current statement "
                    "uses %d, and there are %d supplied." % (stmt.nparams, n))
            # the values that need no adapting are bound in C
            self._bind_rest(stmt, params, _n.bind_many(st, params, mask) if n else 0)
        elif isinstance(params, dict):
            names = _n.param_names(st)
            for i in range(stmt.nparams):
                name = names[i]
                if name is None:
                    raise ProgrammingError(
                        "Binding %d has no name, but you supplied a dictionary (which "
                        "has only names)." % (i + 1))
                name = name[1:]
                try:
                    v = params[name]
                except LookupError:
                    raise ProgrammingError(
                        "You did not supply a value for binding parameter :%s." % name
                    ) from None
                v = _adapted(v)
                if not _n.bind(st, i + 1, v):
                    raise ProgrammingError("Error binding parameter %d: type '%s' is "
                                           "not supported" % (i + 1, type(v).__name__))
        else:
            raise ProgrammingError("parameters are of unsupported type")

    def _row_casts(self, stmt, detect):
        """CPython's pysqlite_build_row_cast_map: a converter per column,
        from "name [type]" column names and from declared types."""
        casts = []
        names = _n.column_names(stmt.st) if detect & PARSE_COLNAMES else None
        decls = _n.decltypes(stmt.st) if detect & PARSE_DECLTYPES else None
        for i in range(len(names if names is not None else decls)):
            conv = None
            if names is not None and names[i] is not None:
                name = names[i]
                start = name.find("[")
                if start >= 0:
                    end = name.find("]", start + 1)
                    if end >= 0:
                        conv = _converter(name[start + 1:end])
            if conv is None and decls is not None and decls[i] is not None:
                decl = decls[i]
                for j, ch in enumerate(decl):
                    if ch in " (":
                        decl = decl[:j]
                        break
                conv = _converter(decl)
            casts.append(conv)
        return tuple(casts)

    def _release(self):
        stmt = self._stmt
        if stmt is not None:
            _n.reset(stmt.st)
            stmt.in_use = False
            self._stmt = None

    def _run(self, stmt, p, mask, db):
        """Bind p and step: -1 if a row is ready, else the changes (the
        statement reset)."""
        st = stmt.st
        if type(p) in (tuple, list) and len(p) == stmt.nparams:
            # the common case, in one call: bind and step
            try:
                r = _n.run(st, p, mask)
            except OperationalError as e:
                if not _locked(e):
                    raise
                r = _n.run(st, p, mask)
            if r > -2:
                return r
            self._bind_rest(stmt, p, -2 - r)
        else:
            _n.clear(st)
            self._bind(stmt, p, mask)
        try:
            more = _n.step(st)
        except OperationalError as e:
            if not _locked(e):
                raise
            more = _n.step(st)
        if more:
            return -1
        r = _n.changes(db)
        _n.reset(st)
        return r

    def _execute(self, multiple, sql, params):
        conn = self._conn
        db = self._check()
        self._locked = True
        stmt = None
        try:
            if multiple:
                params_iter = iter(params)
            self._release()
            self._description = None
            self._rowcount = 0
            stmt = conn._statement(sql)
            if stmt is None:
                # nothing to run (only comments): the parameters are not looked at
                if not multiple:
                    self._lastrowid = _n.lastrowid(db)
                return self
            stmt.in_use = True
            if multiple and stmt.readonly:
                raise ProgrammingError("executemany() can only execute DML statements.")
            is_dml = stmt.is_dml
            if not is_dml:
                self._rowcount = -1
            if conn._level is not None and is_dml and _n.autocommit(db):
                conn._begin()
            mask = _fast_mask()
            detect = conn.detect_types
            r = 0
            if multiple:
                for p in params_iter:
                    r = self._run(stmt, p, mask, db)
                    if detect:
                        self._casts = self._row_casts(stmt, detect)
                    if self._description is None:
                        self._description = _n.describe(stmt.st, detect & PARSE_COLNAMES)
                    if r >= 0 and is_dml:
                        self._rowcount += r
            else:
                r = self._run(stmt, params, mask, db)
                self._casts = self._row_casts(stmt, detect) if detect else None
                self._description = _n.describe(stmt.st, detect & PARSE_COLNAMES)
                if r >= 0 and is_dml:
                    self._rowcount += r
                self._lastrowid = _n.lastrowid(db)
            if r == -1:
                self._stmt = stmt
            else:
                stmt.in_use = False
        except BaseException:
            if stmt is not None:
                _n.reset(stmt.st)
                stmt.in_use = False
            self._stmt = None
            self._rowcount = -1
            raise
        finally:
            self._locked = False
        return self

    def execute(self, sql, parameters=(), /):
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % _tname(sql))
        return self._execute(False, sql, parameters)

    def __del__(self):
        # a cursor dropped with rows unread: its statement stops being
        # active now (CPython's refcount does this at once; _retry_locked
        # collects when it matters)
        stmt = self.__dict__.get("_stmt")
        if stmt is not None:
            self._stmt = None
            try:
                _n.reset(stmt.st)
            except Exception:
                return
            stmt.in_use = False

    def executemany(self, sql, seq_of_parameters, /):
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s"
                            % _tname(sql))
        return self._execute(True, sql, seq_of_parameters)

    def executescript(self, sql_script, /):
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s"
                            % _tname(sql_script))
        db = self._check()
        if not _n.autocommit(db):
            _n.exec(db, "COMMIT")
        _n.exec(db, sql_script)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        db = self._check()
        stmt = self._stmt
        if stmt is None:
            raise StopIteration
        # locked while converters run (GH-80254: no recursive use)
        self._locked = True
        try:
            row, more = _n.fetch(stmt.st, self._conn.text_factory, self._casts)
        except Error:
            # the step failed: the statement is over (a converter's
            # exception leaves the cursor on its row, as in CPython)
            self._release()
            raise
        finally:
            self._locked = False
        if not more:
            if stmt.is_dml:
                self._rowcount = _n.changes(db)
            self._release()
        factory = self.row_factory
        if factory is not None:
            row = factory(self, row)
        return row

    def fetchone(self):
        try:
            return self.__next__()
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        size = self._arraysize if size is None else _c_int(size)
        rows = []
        for _ in range(size):
            try:
                rows.append(self.__next__())
            except StopIteration:
                break
        return rows

    def fetchall(self):
        rows = []
        while True:
            try:
                rows.append(self.__next__())
            except StopIteration:
                return rows

    def close(self):
        conn = self._conn
        if conn is None:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        conn._check()
        self._release()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


def _locked(exc):
    """Did SQLite say a table or the database is locked, and did a
    collection finalize something that may have held the lock?  A
    dropped cursor's statement stays active until the collector finalizes
    it (CPython frees it at once), so the caller tries again (the failed
    attempt changed nothing, and it rebinds).  For SQLITE_BUSY this
    waits out the busy timeout a second time when the lock was real."""
    if getattr(exc, "sqlite_errorcode", 0) & 0xff not in (SQLITE_LOCKED, SQLITE_BUSY):
        return False
    import gc
    return gc.collect() > 0


def _is_sequence(obj):
    """PySequence_Check: item access, and not a dict."""
    return hasattr(type(obj), "__getitem__") and not isinstance(obj, dict)


# ---- rows -------------------------------------------------------------------------

@_public
class Row:
    """A row: a tuple that can also be indexed by column name."""
    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s" % _tname(cursor))
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % _tname(data))
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def keys(self):
        desc = self._description
        return [] if desc is None else [d[0] for d in desc]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            desc = self._description
            if desc is not None:
                low = key.lower() if key.isascii() else key
                for i, d in enumerate(desc):
                    name = d[0]
                    if name == key or (name.isascii() and name.lower() == low):
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        if hasattr(type(key), "__index__"):
            return self._data[key.__index__()]
        raise IndexError("Index must be int or string")

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._description == other._description and self._data == other._data)


def _c_int(v):
    """v as Argument Clinic's int converter takes it."""
    if not isinstance(v, int):
        if not hasattr(type(v), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % _tname(v))
        v = v.__index__()
    if not -2147483648 <= v <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    return v


# ---- blobs ------------------------------------------------------------------------

@_public
class Blob:
    """An open BLOB (Connection.blobopen)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sqlite3.Blob' instances")

    def _init(self, handle, connection):
        self._h = handle
        self._conn = connection
        self._offset = 0

    def _check(self):
        self._conn._check()
        if self._h is None:
            raise ProgrammingError("Cannot operate on a closed blob.")
        return self._h

    def close(self):
        self._conn._check()
        if self._h is not None:
            _n.blob_close(self._h)
            self._h = None

    def __len__(self):
        return _n.blob_len(self._check())

    def read(self, length=-1, /):
        h = self._check()
        size = _n.blob_len(h)
        remaining = size - self._offset
        if length < 0 or length > remaining:
            length = remaining
        if length <= 0:
            return b""
        data = _n.blob_read(h, self._offset, length)
        self._offset += length
        return data

    def write(self, data, /):
        h = self._check()
        data = memoryview(data)
        n = data.nbytes
        if n > _n.blob_len(h) - self._offset:
            raise ValueError("data longer than blob length")
        _n.blob_write(h, self._offset, data)
        self._offset += n

    def tell(self):
        self._check()
        return self._offset

    def seek(self, offset, origin=0, /):
        offset = _c_int(offset)
        origin = _c_int(origin)
        h = self._check()
        size = _n.blob_len(h)
        if origin == 0:
            pass
        elif origin == 1:
            offset += self._offset
        elif origin == 2:
            offset += size
        else:
            raise ValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
        if offset > 2147483647 or offset < -2147483648:
            raise OverflowError("seek offset results in overflow")
        if offset < 0 or offset > size:
            raise ValueError("offset out of blob range")
        self._offset = offset

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def _index(self, key, size):
        if not hasattr(type(key), "__index__"):
            raise TypeError("Blob indices must be integers")
        i = key.__index__()
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("Blob index out of range")
        return i

    def __getitem__(self, key):
        h = self._check()
        size = _n.blob_len(h)
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            if stop <= start and step > 0 or stop >= start and step < 0:
                return b""
            data = _n.blob_read(h, 0, size)
            return data[start:stop:step]
        i = self._index(key, size)
        return _n.blob_read(h, i, 1)[0]

    def __setitem__(self, key, value):
        h = self._check()
        size = _n.blob_len(h)
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            data = memoryview(value).tobytes()
            n = len(range(start, stop, step))
            if len(data) != n:
                raise IndexError("Blob slice assignment is wrong size")
            if n == 0:
                return
            if step == 1:
                _n.blob_write(h, start, data)
            else:
                buf = bytearray(_n.blob_read(h, 0, size))
                buf[start:stop:step] = data
                _n.blob_write(h, 0, bytes(buf))
            return
        i = self._index(key, size)
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        if not 0 <= value <= 255:
            raise ValueError("byte must be in range(0, 256)")
        _n.blob_write(h, i, bytes((value,)))

    def __delitem__(self, key):
        self._check()
        if isinstance(key, slice):
            raise TypeError("Blob doesn't support slice deletion")
        raise TypeError("Blob doesn't support item deletion")


# ---- connect ------------------------------------------------------------------------

def connect(*args, **kwargs):
    """connect(database, timeout=5.0, detect_types=0, isolation_level='',
    check_same_thread=True, factory=Connection, cached_statements=128,
    uri=False)

    Opens a connection to the SQLite database file database."""
    import sys
    # CPython checks the arguments as Connection() and passes them all on
    vals = _clinic("Connection", _CONNECT_ARGS, 1, args, kwargs)
    factory = Connection if vals[5] is _MISSING else vals[5]
    sys.audit("sqlite3.connect", vals[0])
    conn = factory(*args, **kwargs)
    sys.audit("sqlite3.connect/handle", conn)
    return conn
