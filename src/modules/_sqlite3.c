/*
 * _sqlite3.c -- the module _sqlite3_native: the thin C layer under
 * lib/_sqlite3.py, which implements CPython 3.11's _sqlite3 (Connection,
 * Cursor, Row, Blob, the exceptions, adapters and converters) in Python.
 *
 * Why the split.  What must be C is what touches libsqlite3: opening and
 * closing databases, preparing and stepping statements, moving values
 * between SQLite and Python, and the callbacks SQLite makes (user
 * functions, aggregates, collations, the authorizer, the progress handler,
 * the trace callback).  The rest -- the statement cache, transaction
 * control, parameter binding by name or position, description, the Row
 * type -- is bookkeeping that reads better and is checked more easily as
 * Python (as CPython's pysqlite once was), and costs one or two extra
 * calls per row.  The handles here (Db, Stmt, Blob, Backup) are opaque
 * to Python; the functions take them as their first argument.
 *
 * Loading.  libsqlite3 is opened with dlopen on the first import, as
 * pyexpat opens libexpat, so `krait -c pass` maps nothing.  The entry
 * points are resolved once (pthread_once) into SQL, read-only afterwards.
 *
 * Memory.  sqlite3*, sqlite3_stmt*, sqlite3_blob* and sqlite3_backup*
 * are SQLite's malloc'ed memory: no Value is ever stored there.  Each
 * handle object owns one and frees it in a finalizer.  A callback's
 * sqlite3_user_data is a Callback object (collector memory) that is
 * also held by its Db's `keep` dict, so it is reachable for as long as
 * SQLite may call it.  An aggregate's Python instance cannot live in
 * sqlite3_aggregate_context (malloc'ed): that block holds only a key into
 * the Callback's `instances` dict.  Stmt, Blob and Backup hold their Db,
 * so a database is closed only after its statements are finalized
 * (sqlite3_close_v2 would wait for them anyway).
 *
 * Errors.  SQLite errors raise the DB-API exception classes, which are
 * Python classes in lib/_sqlite3.py: open() receives them as a tuple and
 * the Db keeps it (CPython's _pysqlite_seterror chooses the class the
 * same way, by the primary result code).  A callback that raises makes
 * SQLite's statement fail; the exception is shown through
 * sys.unraisablehook when enable_callback_tracebacks is on (the Db's
 * `tb_flag` list, shared with the Python module), else dropped.
 *
 * Threads.  SQLite is built serialized (threadsafe=1), so the library
 * locks itself; check_same_thread is enforced above, in Python.
 */
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include <dlfcn.h>
#include <pthread.h>
#include <sqlite3.h>

#define KR_SQLITE_FUNCS(X) \
    X(sqlite3_aggregate_context) \
    X(sqlite3_backup_finish) \
    X(sqlite3_backup_init) \
    X(sqlite3_backup_pagecount) \
    X(sqlite3_backup_remaining) \
    X(sqlite3_backup_step) \
    X(sqlite3_bind_blob) \
    X(sqlite3_bind_double) \
    X(sqlite3_bind_int64) \
    X(sqlite3_bind_null) \
    X(sqlite3_bind_parameter_count) \
    X(sqlite3_bind_parameter_name) \
    X(sqlite3_bind_text) \
    X(sqlite3_blob_bytes) \
    X(sqlite3_blob_close) \
    X(sqlite3_blob_open) \
    X(sqlite3_blob_read) \
    X(sqlite3_blob_write) \
    X(sqlite3_busy_timeout) \
    X(sqlite3_changes) \
    X(sqlite3_clear_bindings) \
    X(sqlite3_close_v2) \
    X(sqlite3_column_blob) \
    X(sqlite3_column_bytes) \
    X(sqlite3_column_count) \
    X(sqlite3_column_decltype) \
    X(sqlite3_column_double) \
    X(sqlite3_column_int64) \
    X(sqlite3_column_name) \
    X(sqlite3_column_text) \
    X(sqlite3_column_type) \
    X(sqlite3_complete) \
    X(sqlite3_create_collation_v2) \
    X(sqlite3_create_function_v2) \
    X(sqlite3_create_window_function) \
    X(sqlite3_errcode) \
    X(sqlite3_errmsg) \
    X(sqlite3_errstr) \
    X(sqlite3_expanded_sql) \
    X(sqlite3_extended_errcode) \
    X(sqlite3_finalize) \
    X(sqlite3_free) \
    X(sqlite3_get_autocommit) \
    X(sqlite3_interrupt) \
    X(sqlite3_last_insert_rowid) \
    X(sqlite3_libversion) \
    X(sqlite3_limit) \
    X(sqlite3_open_v2) \
    X(sqlite3_prepare_v2) \
    X(sqlite3_progress_handler) \
    X(sqlite3_reset) \
    X(sqlite3_result_blob) \
    X(sqlite3_result_double) \
    X(sqlite3_result_error) \
    X(sqlite3_result_error_nomem) \
    X(sqlite3_result_error_toobig) \
    X(sqlite3_result_int64) \
    X(sqlite3_result_null) \
    X(sqlite3_result_text) \
    X(sqlite3_set_authorizer) \
    X(sqlite3_sql) \
    X(sqlite3_step) \
    X(sqlite3_stmt_readonly) \
    X(sqlite3_threadsafe) \
    X(sqlite3_total_changes) \
    X(sqlite3_trace_v2) \
    X(sqlite3_user_data) \
    X(sqlite3_value_blob) \
    X(sqlite3_value_bytes) \
    X(sqlite3_value_double) \
    X(sqlite3_value_int64) \
    X(sqlite3_value_text) \
    X(sqlite3_value_type) \

/* Entry points a build may omit (SQLITE_OMIT_DESERIALIZE): NULL then,
 * and the methods that need them are absent. */
#define KR_SQLITE_OPTIONAL(X) \
    X(sqlite3_deserialize) \
    X(sqlite3_malloc64) \
    X(sqlite3_serialize) \

typedef struct SqliteApi {
#define KR_SQLITE_SLOT(f) __typeof__(f) *f;
    KR_SQLITE_FUNCS(KR_SQLITE_SLOT)
    KR_SQLITE_OPTIONAL(KR_SQLITE_SLOT)
#undef KR_SQLITE_SLOT
} SqliteApi;

static SqliteApi SQL;
static const char *sqlite_error;        /* why loading failed, or NULL */
static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;

static void load_sqlite(void)
{
    void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        sqlite_error = dlerror();
        return;
    }
#define KR_SQLITE_LOAD(f) \
    if (!(*(void **)&SQL.f = dlsym(lib, #f))) { \
        sqlite_error = "libsqlite3.so.0 lacks " #f; \
        return; \
    }
    KR_SQLITE_FUNCS(KR_SQLITE_LOAD)
#undef KR_SQLITE_LOAD
#define KR_SQLITE_LOAD_OPT(f) *(void **)&SQL.f = dlsym(lib, #f);
    KR_SQLITE_OPTIONAL(KR_SQLITE_LOAD_OPT)
#undef KR_SQLITE_LOAD_OPT
}

#define S_(f) SQL.f

#include "modules/gcmodule.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread.h"

/* The DB-API classes open() receives, in this order. */
enum { E_INTERFACE, E_DATABASE, E_INTERNAL, E_OPERATIONAL, E_PROGRAMMING, E_INTEGRITY,
       E_DATA, E_NOTSUPPORTED, E_COUNT };

/* A closable handle that other threads may be using (check_same_thread
 * off): close() only marks it closing, and whoever leaves last closes it,
 * so no thread frees a handle another is inside. */
typedef struct Guard {
    _Atomic int users;
    atomic_bool closing;
} Guard;

typedef struct Db {
    Obj hdr;
    Guard g;
    sqlite3 *_Atomic db;        /* NULL once closed */
    Value excs;                 /* tuple of the E_COUNT classes */
    Value tb_flag;              /* [enable_callback_tracebacks] */
    Value keep;                 /* dict: the Callbacks SQLite may call */
} Db;

typedef struct Stmt {
    Obj hdr;
    sqlite3_stmt *st;           /* NULL once finalized */
    Value db;
    bool is_dml;
} Stmt;

typedef struct Blob {
    Obj hdr;
    Guard g;
    sqlite3_blob *_Atomic blob;
    Value db;
} Blob;

typedef struct Backup {
    Obj hdr;
    sqlite3_backup *bk;
    Value src, dst;
} Backup;

/* What SQLite's user_data points at: the Python callable and its Db. */
typedef struct Callback {
    Obj hdr;
    Value fn;
    Db *db;
    Value instances;            /* aggregates: dict key -> instance */
    int64_t next_key;
} Callback;

static Type db_type, stmt_type, blob_type, backup_type, callback_type;

/* ---- errors ---------------------------------------------------------------- */

/* Every primary and extended result code, for sqlite_errorname and the
 * module constants. */
#define KR_SQLITE_CODES(X) \
    X(SQLITE_OK) X(SQLITE_ERROR) X(SQLITE_INTERNAL) X(SQLITE_PERM) X(SQLITE_ABORT) \
    X(SQLITE_BUSY) X(SQLITE_LOCKED) X(SQLITE_NOMEM) X(SQLITE_READONLY) X(SQLITE_INTERRUPT) \
    X(SQLITE_IOERR) X(SQLITE_CORRUPT) X(SQLITE_NOTFOUND) X(SQLITE_FULL) X(SQLITE_CANTOPEN) \
    X(SQLITE_PROTOCOL) X(SQLITE_EMPTY) X(SQLITE_SCHEMA) X(SQLITE_TOOBIG) X(SQLITE_CONSTRAINT) \
    X(SQLITE_MISMATCH) X(SQLITE_MISUSE) X(SQLITE_NOLFS) X(SQLITE_AUTH) X(SQLITE_FORMAT) \
    X(SQLITE_RANGE) X(SQLITE_NOTADB) X(SQLITE_NOTICE) X(SQLITE_WARNING) X(SQLITE_ROW) \
    X(SQLITE_DONE) \
    X(SQLITE_ABORT_ROLLBACK) X(SQLITE_AUTH_USER) X(SQLITE_BUSY_RECOVERY) \
    X(SQLITE_BUSY_SNAPSHOT) X(SQLITE_BUSY_TIMEOUT) X(SQLITE_CANTOPEN_CONVPATH) \
    X(SQLITE_CANTOPEN_DIRTYWAL) X(SQLITE_CANTOPEN_FULLPATH) X(SQLITE_CANTOPEN_ISDIR) \
    X(SQLITE_CANTOPEN_NOTEMPDIR) X(SQLITE_CANTOPEN_SYMLINK) X(SQLITE_CONSTRAINT_CHECK) \
    X(SQLITE_CONSTRAINT_COMMITHOOK) X(SQLITE_CONSTRAINT_FOREIGNKEY) \
    X(SQLITE_CONSTRAINT_FUNCTION) X(SQLITE_CONSTRAINT_NOTNULL) X(SQLITE_CONSTRAINT_PINNED) \
    X(SQLITE_CONSTRAINT_PRIMARYKEY) X(SQLITE_CONSTRAINT_ROWID) X(SQLITE_CONSTRAINT_TRIGGER) \
    X(SQLITE_CONSTRAINT_UNIQUE) X(SQLITE_CONSTRAINT_VTAB) X(SQLITE_CORRUPT_INDEX) \
    X(SQLITE_CORRUPT_SEQUENCE) X(SQLITE_CORRUPT_VTAB) X(SQLITE_ERROR_MISSING_COLLSEQ) \
    X(SQLITE_ERROR_RETRY) X(SQLITE_ERROR_SNAPSHOT) X(SQLITE_IOERR_ACCESS) X(SQLITE_IOERR_AUTH) \
    X(SQLITE_IOERR_BEGIN_ATOMIC) X(SQLITE_IOERR_BLOCKED) X(SQLITE_IOERR_CHECKRESERVEDLOCK) \
    X(SQLITE_IOERR_CLOSE) X(SQLITE_IOERR_COMMIT_ATOMIC) X(SQLITE_IOERR_CONVPATH) \
    X(SQLITE_IOERR_CORRUPTFS) X(SQLITE_IOERR_DATA) X(SQLITE_IOERR_DELETE) \
    X(SQLITE_IOERR_DELETE_NOENT) X(SQLITE_IOERR_DIR_CLOSE) X(SQLITE_IOERR_DIR_FSYNC) \
    X(SQLITE_IOERR_FSTAT) X(SQLITE_IOERR_FSYNC) X(SQLITE_IOERR_GETTEMPPATH) \
    X(SQLITE_IOERR_LOCK) X(SQLITE_IOERR_MMAP) X(SQLITE_IOERR_NOMEM) X(SQLITE_IOERR_RDLOCK) \
    X(SQLITE_IOERR_READ) X(SQLITE_IOERR_ROLLBACK_ATOMIC) X(SQLITE_IOERR_SEEK) \
    X(SQLITE_IOERR_SHMLOCK) X(SQLITE_IOERR_SHMMAP) X(SQLITE_IOERR_SHMOPEN) \
    X(SQLITE_IOERR_SHMSIZE) X(SQLITE_IOERR_SHORT_READ) X(SQLITE_IOERR_TRUNCATE) \
    X(SQLITE_IOERR_UNLOCK) X(SQLITE_IOERR_VNODE) X(SQLITE_IOERR_WRITE) \
    X(SQLITE_LOCKED_SHAREDCACHE) X(SQLITE_LOCKED_VTAB) X(SQLITE_NOTICE_RECOVER_ROLLBACK) \
    X(SQLITE_NOTICE_RECOVER_WAL) X(SQLITE_OK_LOAD_PERMANENTLY) X(SQLITE_OK_SYMLINK) \
    X(SQLITE_READONLY_CANTINIT) X(SQLITE_READONLY_CANTLOCK) X(SQLITE_READONLY_DBMOVED) \
    X(SQLITE_READONLY_DIRECTORY) X(SQLITE_READONLY_RECOVERY) X(SQLITE_READONLY_ROLLBACK) \
    X(SQLITE_WARNING_AUTOINDEX)

/* The other module constants: authorizer actions and results, limits. */
#define KR_SQLITE_OTHER_CONSTS(X) \
    X(SQLITE_DENY) X(SQLITE_IGNORE) \
    X(SQLITE_CREATE_INDEX) X(SQLITE_CREATE_TABLE) X(SQLITE_CREATE_TEMP_INDEX) \
    X(SQLITE_CREATE_TEMP_TABLE) X(SQLITE_CREATE_TEMP_TRIGGER) X(SQLITE_CREATE_TEMP_VIEW) \
    X(SQLITE_CREATE_TRIGGER) X(SQLITE_CREATE_VIEW) X(SQLITE_DELETE) X(SQLITE_DROP_INDEX) \
    X(SQLITE_DROP_TABLE) X(SQLITE_DROP_TEMP_INDEX) X(SQLITE_DROP_TEMP_TABLE) \
    X(SQLITE_DROP_TEMP_TRIGGER) X(SQLITE_DROP_TEMP_VIEW) X(SQLITE_DROP_TRIGGER) \
    X(SQLITE_DROP_VIEW) X(SQLITE_INSERT) X(SQLITE_PRAGMA) X(SQLITE_READ) X(SQLITE_SELECT) \
    X(SQLITE_TRANSACTION) X(SQLITE_UPDATE) X(SQLITE_ATTACH) X(SQLITE_DETACH) \
    X(SQLITE_ALTER_TABLE) X(SQLITE_REINDEX) X(SQLITE_ANALYZE) X(SQLITE_CREATE_VTABLE) \
    X(SQLITE_DROP_VTABLE) X(SQLITE_FUNCTION) X(SQLITE_SAVEPOINT) X(SQLITE_RECURSIVE) \
    X(SQLITE_LIMIT_LENGTH) X(SQLITE_LIMIT_SQL_LENGTH) X(SQLITE_LIMIT_COLUMN) \
    X(SQLITE_LIMIT_EXPR_DEPTH) X(SQLITE_LIMIT_COMPOUND_SELECT) X(SQLITE_LIMIT_VDBE_OP) \
    X(SQLITE_LIMIT_FUNCTION_ARG) X(SQLITE_LIMIT_ATTACHED) X(SQLITE_LIMIT_LIKE_PATTERN_LENGTH) \
    X(SQLITE_LIMIT_VARIABLE_NUMBER) X(SQLITE_LIMIT_TRIGGER_DEPTH) \
    X(SQLITE_LIMIT_WORKER_THREADS)

static const struct { const char *name; int code; } error_codes[] = {
#define KR_SQLITE_CODE_ENTRY(c) {#c, c},
    KR_SQLITE_CODES(KR_SQLITE_CODE_ENTRY)
#undef KR_SQLITE_CODE_ENTRY
};

static const char *error_name(int code)
{
    for (size_t i = 0; i < sizeof error_codes / sizeof error_codes[0]; i++)
        if (error_codes[i].code == code)
            return error_codes[i].name;
    return NULL;
}

/* The class for primary result code rc (CPython's get_exception_class). */
static int error_class(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND:
        return E_INTERNAL;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY:
    case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR:
    case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY:
    case SQLITE_SCHEMA:
        return E_OPERATIONAL;
    case SQLITE_TOOBIG:
        return E_DATA;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH:
        return E_INTEGRITY;
    case SQLITE_MISUSE: case SQLITE_RANGE:
        return E_INTERFACE;
    default:
        return E_DATABASE;
    }
}

static Value exc_class(Db *d, int which) { return kr_as_tuple(d->excs)->items[which]; }

/* Raise excs[which](msg) (a Python class: it is called, not built). */
static Value raise_class(Thread *th, Db *d, int which, const char *msg)
{
    Str *s = kr_str_from_cstr(th, msg);
    Value arg = s ? kr_from_obj(s) : KR_VALUE_NULL;
    Value e = arg ? kr_vm_call(th, exc_class(d, which), &arg, 1, NULL) : KR_VALUE_NULL;
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

static int set_attr(Thread *th, Value obj, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n && v ? kr_object_setattr(th, obj, n, v) : -1;
}

/* Raise the error SQLite reports for d (CPython's _pysqlite_seterror):
 * the class by primary code, with sqlite_errorcode and sqlite_errorname
 * set from the extended one.  Always NULL. */
static Value db_error(Thread *th, Db *d)
{
    int rc = S_(sqlite3_errcode)(d->db);
    if (rc == SQLITE_NOMEM) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    int ext = S_(sqlite3_extended_errcode)(d->db);
    Str *msg = kr_str_from_cstr(th, S_(sqlite3_errmsg)(d->db));
    Value arg = msg ? kr_from_obj(msg) : KR_VALUE_NULL;
    Value e = arg ? kr_vm_call(th, exc_class(d, error_class(rc)), &arg, 1, NULL) : KR_VALUE_NULL;
    if (!e)
        return KR_VALUE_NULL;
    const char *name = error_name(ext);
    Str *ns = kr_str_from_cstr(th, name ? name : "unknown");
    if (!ns || set_attr(th, e, "sqlite_errorcode", kr_from_smallint(ext)) < 0 ||
        set_attr(th, e, "sqlite_errorname", kr_from_obj(ns)) < 0)
        return KR_VALUE_NULL;
    kr_err_set(th, e);
    return KR_VALUE_NULL;
}

/* ---- handles --------------------------------------------------------------- */

static void db_finalize(void *obj, void *data, void *ctx)
{
    (void)data, (void)ctx;
    Db *d = obj;
    sqlite3 *db = atomic_exchange(&d->db, NULL);
    if (db)
        S_(sqlite3_close_v2)(db);
}

static void stmt_finalize(void *obj, void *data, void *ctx)
{
    (void)data, (void)ctx;
    Stmt *s = obj;
    if (s->st)
        S_(sqlite3_finalize)(s->st);
    s->st = NULL;
}

static void blob_finalize(void *obj, void *data, void *ctx)
{
    (void)data, (void)ctx;
    Blob *b = obj;
    sqlite3_blob *blob = atomic_exchange(&b->blob, NULL);
    if (blob)
        S_(sqlite3_blob_close)(blob);
}

static void backup_finalize(void *obj, void *data, void *ctx)
{
    (void)data, (void)ctx;
    Backup *b = obj;
    if (b->bk)
        S_(sqlite3_backup_finish)(b->bk);
    b->bk = NULL;
}

/* ---- guards ------------------------------------------------------------------ */

static bool guard_enter(Guard *g)
{
    atomic_fetch_add(&g->users, 1);
    if (!atomic_load(&g->closing))
        return true;
    atomic_fetch_sub(&g->users, 1);
    return false;
}

/* The handle whose guard g is: close it (its finalizer does, once). */
static void guard_close(Guard *g, bool is_db)
{
    if (is_db)
        db_finalize((char *)g - offsetof(Db, g), NULL, NULL);
    else
        blob_finalize((char *)g - offsetof(Blob, g), NULL, NULL);
}

static void guard_leave(Guard *g, bool is_db)
{
    if (atomic_fetch_sub(&g->users, 1) == 1 && atomic_load(&g->closing))
        guard_close(g, is_db);
}

/* Mark closing; close now unless a thread is inside. */
static void guard_shut(Guard *g, bool is_db)
{
    atomic_store(&g->closing, true);
    if (atomic_load(&g->users) == 0)
        guard_close(g, is_db);
}

/* args[i] as a handle of type t, still open. */
static void *handle_arg(Thread *th, Value v, Type *t)
{
    if (!kr_is_obj(v) || kr_as_obj(v)->type != t) {
        kr_err_format(th, &kr_exc_TypeError, "expected %s, got %T", t->name, v);
        return NULL;
    }
    return kr_as_obj(v);
}

static Db *db_arg(Thread *th, Value v)
{
    Db *d = handle_arg(th, v, &db_type);
    if (d && !d->db) {
        kr_err_set_string(th, &kr_exc_ValueError, "database is closed");
        return NULL;
    }
    return d;
}

static Stmt *stmt_arg(Thread *th, Value v)
{
    Stmt *s = handle_arg(th, v, &stmt_type);
    if (s && !s->st) {
        kr_err_set_string(th, &kr_exc_ValueError, "statement is finalized");
        return NULL;
    }
    return s;
}

static Db *stmt_db(Stmt *s) { return (Db *)kr_as_obj(s->db); }

static int int_arg(Thread *th, Value v, int *out) { return kr_libutil_as_int(th, v, true, out); }

static int check_nargs(Thread *th, const char *name, size_t nargs, size_t n, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0)
        return -1;
    return kr_libutil_check_positional(th, name, nargs, n, n);
}

/* Text from SQLite as str, strictly decoded (kr_str_from_utf8 would take
 * lone surrogates): UnicodeDecodeError for bytes that are not UTF-8. */
static Str *decode_text(Thread *th, const char *p, size_t n)
{
    if (kr_bytes_ascii((const unsigned char *)p, n))
        return kr_str_from_utf8(th, p, n);
    Value v = kr_bytes_decode(th, (const unsigned char *)p, (int64_t)n, KR_VALUE_NULL,
                              KR_VALUE_NULL);
    return v ? kr_as_str(v) : NULL;
}

/* s as strict UTF-8 for SQLite: UnicodeEncodeError for lone surrogates,
 * as PyUnicode_AsUTF8AndSize. */
static const char *encode_text(Thread *th, Str *s, size_t *n)
{
    if (s->ascii)
        return kr_str_utf8(th, s, n);
    Value b = kr_bytes_encode(th, s, KR_VALUE_NULL, KR_VALUE_NULL);
    if (!b)
        return NULL;
    *n = (size_t)kr_as_bytes(b)->len;
    return (const char *)kr_as_bytes(b)->data;
}

/* s as UTF-8 (TypeError if not a str). */
static const char *utf8_arg(Thread *th, Value v, size_t *len)
{
    if (!kr_is_str(v)) {
        kr_err_format(th, &kr_exc_TypeError, "expected str, got %T", v);
        return NULL;
    }
    return encode_text(th, kr_as_str(v), len);
}

/* ---- values between SQLite and Python -------------------------------------- */

/* An int for SQLite: OverflowError past 64 bits, in CPython's words. */
static int int64_of(Thread *th, Value v, sqlite3_int64 *out)
{
    int64_t i;
    if (kr_int_as_i64(th, v, &i) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_OverflowError,
                              "Python int too large to convert to SQLite INTEGER");
        }
        return -1;
    }
    *out = i;
    return 0;
}

/* A Python value of a user function's argument (CPython's
 * _pysqlite_build_py_params). */
static Value from_sqlite_value(Thread *th, sqlite3_value *v)
{
    switch (S_(sqlite3_value_type)(v)) {
    case SQLITE_INTEGER:
        return kr_int_from_i64(th, S_(sqlite3_value_int64)(v));
    case SQLITE_FLOAT:
        return kr_float_new(th, S_(sqlite3_value_double)(v));
    case SQLITE_TEXT: {
        const unsigned char *t = S_(sqlite3_value_text)(v);
        if (!t) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        Str *s = decode_text(th, (const char *)t, (size_t)S_(sqlite3_value_bytes)(v));
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    case SQLITE_BLOB: {
        const void *p = S_(sqlite3_value_blob)(v);
        Bytes *b = kr_bytes_new(th, p, S_(sqlite3_value_bytes)(v));
        return b ? kr_from_obj(b) : KR_VALUE_NULL;
    }
    default:
        return KR_NONE;
    }
}

static Tuple *args_tuple(Thread *th, int argc, sqlite3_value **argv)
{
    Tuple *t = kr_tuple_new(th, argc);
    for (int i = 0; t && i < argc; i++) {
        Value x = from_sqlite_value(th, argv[i]);
        if (!x)
            return NULL;
        t->items[i] = x;
    }
    return t;
}

/* The bytes of a blob value, as PyObject_GetBuffer(PyBUF_SIMPLE) gives
 * them: a strided view is refused.  0, or -1 with the exception set
 * (the view released). */
static int blob_view(Thread *th, Value v, Buffer *view)
{
    if (kr_buffer_get(th, v, view, KR_BUF_SIMPLE) < 0)
        return -1;
    if (!kr_buffer_is_c_contig(view)) {
        kr_buffer_release(view);
        kr_err_set_string(th, &kr_exc_BufferError,
                          "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    if (view->len > INT_MAX) {
        kr_buffer_release(view);
        kr_err_set_string(th, &kr_exc_OverflowError, "BLOB longer than INT_MAX bytes");
        return -1;
    }
    return 0;
}

/* Set a user function's result from v (CPython's _pysqlite_set_result):
 * 0, or -1 with an exception. */
static int set_result(Thread *th, sqlite3_context *ctx, Value v)
{
    if (v == KR_NONE) {
        S_(sqlite3_result_null)(ctx);
    } else if (kr_is_int(v)) {
        sqlite3_int64 i;
        if (int64_of(th, v, &i) < 0)
            return -1;
        S_(sqlite3_result_int64)(ctx, i);
    } else if (kr_is_float(v)) {
        S_(sqlite3_result_double)(ctx, kr_float_value(v));
    } else if (kr_isinstance_type(v, &kr_str_type)) {
        size_t n;
        const char *s = encode_text(th, kr_as_str(v), &n);
        if (!s)
            return -1;
        S_(sqlite3_result_text)(ctx, s, (int)n, SQLITE_TRANSIENT);
    } else if (kr_buffer_check(v)) {
        Buffer view;
        if (blob_view(th, v, &view) < 0)
            return -1;
        S_(sqlite3_result_blob)(ctx, view.buf, (int)view.len, SQLITE_TRANSIENT);
        kr_buffer_release(&view);
    } else {
        Callback *cb = S_(sqlite3_user_data)(ctx);
        char msg[200];
        snprintf(msg, sizeof msg, "User-defined functions cannot return '%s' values to SQLite",
                 kr_type_of(v)->name);
        raise_class(th, cb->db, E_PROGRAMMING, msg);
        return -1;
    }
    return 0;
}

/* ---- callbacks ------------------------------------------------------------- */

/* The pending exception of a callback: shown through sys.unraisablehook
 * when enable_callback_tracebacks is on (CPython's print_or_clear_traceback),
 * else dropped. */
static void callback_failed(Thread *th, Callback *cb)
{
    Value exc = kr_err_fetch(th);
    List *flag = (List *)kr_as_obj(cb->db->tb_flag);
    if (kr_list_len(flag) > 0 && flag->items[0] == KR_TRUE)
        kr_mod_gc_write_unraisable(th, exc, cb->fn);
}

/* A callback failed with the pending exception: SQLite's statement fails
 * with msg, or as out of memory or too big for MemoryError and
 * OverflowError (CPython's set_sqlite_error). */
static void set_sqlite_error(Thread *th, Callback *cb, sqlite3_context *ctx, const char *msg)
{
    if (kr_err_matches(th, &kr_exc_MemoryError))
        S_(sqlite3_result_error_nomem)(ctx);
    else if (kr_err_matches(th, &kr_exc_OverflowError))
        S_(sqlite3_result_error_toobig)(ctx);
    else
        S_(sqlite3_result_error)(ctx, msg, -1);
    callback_failed(th, cb);
}

static void func_call(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Thread *th = kr_thread_current();
    Callback *cb = S_(sqlite3_user_data)(ctx);
    Tuple *args = args_tuple(th, argc, argv);
    Value r = args ? kr_vm_call(th, cb->fn, args->items, (size_t)argc, NULL) : KR_VALUE_NULL;
    if (!r || set_result(th, ctx, r) < 0)
        set_sqlite_error(th, cb, ctx, "user-defined function raised exception");
}

/* The aggregate instance for ctx, made by cb->fn() on the first step:
 * sqlite3_aggregate_context keeps only its key. */
static Value aggregate_instance(Thread *th, Callback *cb, sqlite3_context *ctx, bool make,
                                int64_t **keyp)
{
    int64_t *key = S_(sqlite3_aggregate_context)(ctx, make ? (int)sizeof(int64_t) : 0);
    *keyp = key;
    if (!key)
        return KR_VALUE_NULL;
    Dict *inst = kr_as_dict(cb->instances);
    if (*key) {
        Value v = kr_dict_get(th, inst, kr_from_smallint(*key));
        return v;
    }
    if (!make)
        return KR_VALUE_NULL;
    Value obj = kr_vm_call(th, cb->fn, NULL, 0, NULL);
    if (!obj)
        return KR_VALUE_NULL;
    *key = ++cb->next_key;
    if (kr_dict_set(th, inst, kr_from_smallint(*key), obj) < 0)
        return KR_VALUE_NULL;
    return obj;
}

/* obj.name(*args); a missing method says "... method not defined" in
 * the SQLite error, another exception "... method raised error". */
static Value agg_call(Thread *th, Callback *cb, sqlite3_context *ctx, Value obj,
                      const char *name, const Value *args, size_t n)
{
    Str *s = kr_str_intern_cstr(th, name);
    Value m = s ? kr_object_getattr(th, obj, s) : KR_VALUE_NULL;
    Value r = m ? kr_vm_call(th, m, args, n, NULL) : KR_VALUE_NULL;
    if (!r) {
        char msg[80];
        snprintf(msg, sizeof msg, "user-defined aggregate's '%s' method %s", name,
                 kr_err_matches(th, &kr_exc_AttributeError) ? "not defined" : "raised error");
        set_sqlite_error(th, cb, ctx, msg);
    }
    return r;
}

static void agg_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Thread *th = kr_thread_current();
    Callback *cb = S_(sqlite3_user_data)(ctx);
    int64_t *key;
    Value obj = aggregate_instance(th, cb, ctx, true, &key);
    if (!obj) {
        if (!kr_err_occurred(th))
            kr_err_no_memory(th);
        set_sqlite_error(th, cb, ctx, "user-defined aggregate's '__init__' method raised error");
        return;
    }
    Tuple *args = args_tuple(th, argc, argv);
    if (!args)
        set_sqlite_error(th, cb, ctx, "user-defined aggregate's 'step' method raised error");
    else
        (void)agg_call(th, cb, ctx, obj, "step", args->items, (size_t)argc);
}

/* Finalize (window functions: value) the aggregate, and forget it
 * unless `keep`. */
static void agg_result(sqlite3_context *ctx, const char *method, bool keep)
{
    Thread *th = kr_thread_current();
    Callback *cb = S_(sqlite3_user_data)(ctx);
    int64_t *key;
    Value obj = aggregate_instance(th, cb, ctx, false, &key);
    if (!obj) {
        /* no step ran (no rows), or __init__ failed there */
        kr_err_clear(th);
        S_(sqlite3_result_null)(ctx);
        return;
    }
    Value r = agg_call(th, cb, ctx, obj, method, NULL, 0);
    if (!keep && kr_dict_del(th, kr_as_dict(cb->instances), kr_from_smallint(*key)) < 0)
        kr_err_clear(th);
    if (r && set_result(th, ctx, r) < 0) {
        char msg[80];
        snprintf(msg, sizeof msg, "user-defined aggregate's '%s' method raised error", method);
        set_sqlite_error(th, cb, ctx, msg);
    }
}

static void agg_final(sqlite3_context *ctx) { agg_result(ctx, "finalize", false); }
static void win_value(sqlite3_context *ctx) { agg_result(ctx, "value", true); }

static void win_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Thread *th = kr_thread_current();
    Callback *cb = S_(sqlite3_user_data)(ctx);
    int64_t *key;
    Value obj = aggregate_instance(th, cb, ctx, true, &key);
    Tuple *args = obj ? args_tuple(th, argc, argv) : NULL;
    if (!args) {
        if (!kr_err_occurred(th))
            kr_err_no_memory(th);
        set_sqlite_error(th, cb, ctx, "user-defined aggregate's 'inverse' method raised error");
        return;
    }
    (void)agg_call(th, cb, ctx, obj, "inverse", args->items, (size_t)argc);
}

static int collation_call(void *ud, int n1, const void *s1, int n2, const void *s2)
{
    Thread *th = kr_thread_current();
    Callback *cb = ud;
    if (kr_err_occurred(th))
        return 0;
    Str *a = decode_text(th, s1, (size_t)n1);
    Str *b = a ? decode_text(th, s2, (size_t)n2) : NULL;
    Value args[2] = {a ? kr_from_obj(a) : KR_VALUE_NULL, b ? kr_from_obj(b) : KR_VALUE_NULL};
    Value r = b ? kr_vm_call(th, cb->fn, args, 2, NULL) : KR_VALUE_NULL;
    if (!r) {
        /* CPython leaves it pending past a successful step; dropped here */
        callback_failed(th, cb);
        return 0;
    }
    return kr_is_int(r) ? kr_int_sign(r) : 0;
}

static int authorizer_call(void *ud, int action, const char *a1, const char *a2,
                           const char *dbname, const char *src)
{
    Thread *th = kr_thread_current();
    Callback *cb = ud;
    const char *strs[4] = {a1, a2, dbname, src};
    Value args[5] = {kr_from_smallint(action)};
    for (int i = 0; i < 4; i++) {
        Str *s = strs[i] ? kr_str_from_cstr(th, strs[i]) : NULL;
        if (strs[i] && !s) {
            callback_failed(th, cb);
            return SQLITE_DENY;
        }
        args[i + 1] = s ? kr_from_obj(s) : KR_NONE;
    }
    Value r = kr_vm_call(th, cb->fn, args, 5, NULL);
    int64_t rc;
    if (!r || !kr_is_int(r) || kr_int_as_i64(th, r, &rc) < 0 || rc < INT_MIN || rc > INT_MAX) {
        if (kr_err_occurred(th))
            callback_failed(th, cb);
        return SQLITE_DENY;
    }
    return (int)rc;
}

static int progress_call(void *ud)
{
    Thread *th = kr_thread_current();
    Callback *cb = ud;
    Value r = kr_vm_call(th, cb->fn, NULL, 0, NULL);
    int t = r ? kr_object_truth(th, r) : -1;
    if (t < 0) {
        callback_failed(th, cb);
        return -1;
    }
    return t;
}

static int trace_call(unsigned type, void *ud, void *p, void *x)
{
    (void)x;
    if (type != SQLITE_TRACE_STMT)
        return 0;
    Thread *th = kr_thread_current();
    Callback *cb = ud;
    sqlite3_stmt *st = p;
    char *expanded = S_(sqlite3_expanded_sql)(st);
    const char *text = expanded ? expanded : S_(sqlite3_sql)(st);
    Str *s = text ? kr_str_from_cstr(th, text) : NULL;
    if (expanded)
        S_(sqlite3_free)(expanded);
    if (!text)
        return 0;
    Value arg = s ? kr_from_obj(s) : KR_VALUE_NULL;
    if (!arg || !kr_vm_call(th, cb->fn, &arg, 1, NULL))
        callback_failed(th, cb);
    return 0;
}

static Callback *callback_new(Thread *th, Db *d, Value fn)
{
    Callback *cb = kr_libutil_alloc(th, &callback_type);
    Dict *inst = cb ? kr_dict_new(th) : NULL;
    if (!inst)
        return NULL;
    cb->fn = fn;
    cb->db = d;
    cb->instances = kr_from_obj(inst);
    return cb;
}

/* Keep cb (NULL: nothing) under key once SQLite has accepted it: only
 * then is the Callback it replaces unreachable from SQLite.  Keeping
 * cannot be undone after SQLite took the pointer, so a failure here
 * (MemoryError) leaves the old entry, which is merely kept too long. */
static int callback_keep(Thread *th, Db *d, Value key, Callback *cb)
{
    Dict *keep = kr_as_dict(d->keep);
    if (cb)
        return kr_dict_set(th, keep, key, kr_from_obj(cb));
    if (!kr_dict_get(th, keep, key))
        return kr_err_occurred(th) ? -1 : 0;
    return kr_dict_del(th, keep, key);
}

/* ---- module functions: databases ------------------------------------------- */

/* open(database, flags, vfs, excs, tb_flag) -> Db */
KR_LIB_FUNC(sq_open)
{
    (void)self;
    int flags;
    if (check_nargs(th, "open", nargs, 5, kw) < 0 || int_arg(th, args[1], &flags) < 0)
        return KR_VALUE_NULL;
    size_t n;
    const char *path = utf8_arg(th, args[0], &n);
    const char *vfs = args[2] == KR_NONE ? NULL : utf8_arg(th, args[2], &n);
    if (!path || (args[2] != KR_NONE && !vfs))
        return KR_VALUE_NULL;
    if (!kr_is_tuple(args[3]) || kr_as_tuple(args[3])->size != E_COUNT || !kr_is_list(args[4]))
        return kr_err_type_error(th, "open: bad exception table");
    Db *d = kr_libutil_alloc(th, &db_type);
    Dict *keep = d ? kr_dict_new(th) : NULL;
    if (!keep)
        return KR_VALUE_NULL;
    d->excs = args[3];
    d->tb_flag = args[4];
    d->keep = kr_from_obj(keep);
    sqlite3 *db = NULL;
    int rc = S_(sqlite3_open_v2)(path, &db, flags, vfs);
    d->db = db;
    kr_gc_add_finalizer(d, db_finalize, NULL);
    if (rc != SQLITE_OK) {
        if (!db) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        db_error(th, d);
        db_finalize(d, NULL, NULL);
        return KR_VALUE_NULL;
    }
    return kr_from_obj(d);
}

/* close(db): statements still alive keep it a zombie until finalized
 * (sqlite3_close_v2), and a thread inside a call keeps it open until it
 * leaves (Guard). */
KR_LIB_FUNC(sq_close)
{
    (void)self;
    if (check_nargs(th, "close", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Db *d = handle_arg(th, args[0], &db_type);
    if (!d)
        return KR_VALUE_NULL;
    guard_shut(&d->g, true);
    return KR_NONE;
}

/* Functions of a Db returning an int: changes, total_changes, ... */
static Value db_int(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                    int which)
{
    if (check_nargs(th, name, nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    switch (which) {
    case 0: return kr_int_from_i64(th, S_(sqlite3_changes)(d->db));
    case 1: return kr_int_from_i64(th, S_(sqlite3_total_changes)(d->db));
    case 2: return kr_int_from_i64(th, S_(sqlite3_last_insert_rowid)(d->db));
    case 3: return kr_from_bool(S_(sqlite3_get_autocommit)(d->db) != 0);
    default:
        S_(sqlite3_interrupt)(d->db);
        return KR_NONE;
    }
}

KR_LIB_FUNC(sq_changes) { (void)self; return db_int(th, args, nargs, kw, "changes", 0); }
KR_LIB_FUNC(sq_total_changes) { (void)self; return db_int(th, args, nargs, kw, "total_changes", 1); }
KR_LIB_FUNC(sq_lastrowid) { (void)self; return db_int(th, args, nargs, kw, "lastrowid", 2); }
KR_LIB_FUNC(sq_autocommit) { (void)self; return db_int(th, args, nargs, kw, "autocommit", 3); }
KR_LIB_FUNC(sq_interrupt) { (void)self; return db_int(th, args, nargs, kw, "interrupt", 4); }

/* is_open(db) */
KR_LIB_FUNC(sq_is_open)
{
    (void)self;
    if (check_nargs(th, "is_open", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Db *d = handle_arg(th, args[0], &db_type);
    return d ? kr_from_bool(!atomic_load(&d->g.closing)) : KR_VALUE_NULL;
}

/* busy_timeout(db, ms) */
KR_LIB_FUNC(sq_busy_timeout)
{
    (void)self;
    int ms;
    if (check_nargs(th, "busy_timeout", nargs, 2, kw) < 0 || int_arg(th, args[1], &ms) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    S_(sqlite3_busy_timeout)(d->db, ms);
    return KR_NONE;
}

/* limit(db, category, value) -> the old value */
KR_LIB_FUNC(sq_limit)
{
    (void)self;
    int cat, val;
    if (check_nargs(th, "limit", nargs, 3, kw) < 0 || int_arg(th, args[1], &cat) < 0 ||
        int_arg(th, args[2], &val) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    int old = S_(sqlite3_limit)(d->db, cat, val);
    if (old < 0)
        return raise_class(th, d, E_PROGRAMMING, "'category' is out of bounds");
    return kr_from_smallint(old);
}

/* ---- statements ------------------------------------------------------------ */

/* sql after whitespace and comments (CPython's lstrip_sql), NULL at the end. */
static const char *lstrip_sql(const char *p)
{
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\n' || *p == '\r')
            p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
            if (!*p)
                return NULL;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *e = strstr(p + 2, "*/");
            if (!e)
                return NULL;
            p = e + 2;
        } else {
            return *p ? p : NULL;
        }
    }
}

static bool is_dml(const char *sql)
{
    const char *p = lstrip_sql(sql);
    static const char *const kinds[] = {"insert", "update", "delete", "replace"};
    for (size_t i = 0; p && i < 4; i++)
        if (strncasecmp(p, kinds[i], strlen(kinds[i])) == 0)
            return true;
    return false;
}

/* prepare(db, sql) -> Stmt, or None for an empty statement (only
 * comments): CPython's pysqlite_statement_create. */
KR_LIB_FUNC(sq_prepare)
{
    (void)self;
    if (check_nargs(th, "prepare", nargs, 2, kw) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    size_t n;
    const char *sql = d ? utf8_arg(th, args[1], &n) : NULL;
    if (!sql)
        return KR_VALUE_NULL;
    int maxlen = S_(sqlite3_limit)(d->db, SQLITE_LIMIT_SQL_LENGTH, -1);
    if (n > (size_t)maxlen)
        return raise_class(th, d, E_DATA, "query string is too large");
    if (strlen(sql) != n)
        return raise_class(th, d, E_PROGRAMMING, "the query contains a null character");
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    int rc = S_(sqlite3_prepare_v2)(d->db, sql, (int)n + 1, &st, &tail);
    if (rc != SQLITE_OK)
        return db_error(th, d);
    if (tail && lstrip_sql(tail)) {
        S_(sqlite3_finalize)(st);
        return raise_class(th, d, E_PROGRAMMING, "You can only execute one statement at a time.");
    }
    if (!st)
        return KR_NONE;
    Stmt *s = kr_libutil_alloc(th, &stmt_type);
    if (!s) {
        S_(sqlite3_finalize)(st);
        return KR_VALUE_NULL;
    }
    s->st = st;
    s->db = args[0];
    s->is_dml = is_dml(sql);
    kr_gc_add_finalizer(s, stmt_finalize, NULL);
    return kr_from_obj(s);
}

/* exec(db, script): every statement of script, stepped to its end and
 * finalized (CPython's executescript loop; COMMIT, ROLLBACK, BEGIN). */
KR_LIB_FUNC(sq_exec)
{
    (void)self;
    if (check_nargs(th, "exec", nargs, 2, kw) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    size_t n;
    const char *sql = d ? utf8_arg(th, args[1], &n) : NULL;
    if (!sql)
        return KR_VALUE_NULL;
    if (strlen(sql) != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return KR_VALUE_NULL;
    }
    int maxlen = S_(sqlite3_limit)(d->db, SQLITE_LIMIT_SQL_LENGTH, -1);
    if (n > (size_t)maxlen)
        return raise_class(th, d, E_DATA, "query string is too large");
    for (;;) {
        sqlite3_stmt *st = NULL;
        const char *tail = NULL;
        int rc = S_(sqlite3_prepare_v2)(d->db, sql, (int)n + 1, &st, &tail);
        if (rc == SQLITE_OK && st) {
            while ((rc = S_(sqlite3_step)(st)) == SQLITE_ROW)
                ;
            rc = S_(sqlite3_finalize)(st);
        }
        if (kr_err_occurred(th))
            return KR_VALUE_NULL;
        if (rc != SQLITE_OK)
            return db_error(th, d);
        if (!tail || !*tail)
            return KR_NONE;
        n -= (size_t)(tail - sql);
        sql = tail;
    }
}

/* info(stmt) -> (is_dml, column_count, param_count, readonly) */
KR_LIB_FUNC(sq_info)
{
    (void)self;
    if (check_nargs(th, "info", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    Value items[4] = {kr_from_bool(s->is_dml),
                      kr_from_smallint(S_(sqlite3_column_count)(s->st)),
                      kr_from_smallint(S_(sqlite3_bind_parameter_count)(s->st)),
                      kr_from_bool(S_(sqlite3_stmt_readonly)(s->st) != 0)};
    Tuple *t = kr_tuple_from_array(th, items, 4);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value str_or_none(Thread *th, const char *s)
{
    if (!s)
        return KR_NONE;
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* Names of a statement's columns (which 0), declared types (1) or
 * parameters (2), a tuple with None where SQLite has no name. */
static Value stmt_names(Thread *th, const Value *args, size_t nargs, Tuple *kw, int which)
{
    if (check_nargs(th, "names", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    int n = which == 2 ? S_(sqlite3_bind_parameter_count)(s->st) : S_(sqlite3_column_count)(s->st);
    Tuple *t = kr_tuple_new(th, n);
    for (int i = 0; t && i < n; i++) {
        const char *name = which == 0   ? S_(sqlite3_column_name)(s->st, i)
                           : which == 1 ? S_(sqlite3_column_decltype)(s->st, i)
                                        : S_(sqlite3_bind_parameter_name)(s->st, i + 1);
        Value v = str_or_none(th, name);
        if (!v)
            return KR_VALUE_NULL;
        t->items[i] = v;
    }
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(sq_column_names) { (void)self; return stmt_names(th, args, nargs, kw, 0); }
KR_LIB_FUNC(sq_decltypes) { (void)self; return stmt_names(th, args, nargs, kw, 1); }
KR_LIB_FUNC(sq_param_names) { (void)self; return stmt_names(th, args, nargs, kw, 2); }

/* describe(stmt, colnames) -> Cursor.description: a (name, None x 6)
 * per column, None without columns; with colnames (PARSE_COLNAMES) a
 * name stops before " [" or "[" (CPython's _pysqlite_build_column_name).
 * Asked of SQLite each time: a statement re-prepared after a schema
 * change may have other columns. */
KR_LIB_FUNC(sq_describe)
{
    (void)self;
    int colnames;
    if (check_nargs(th, "describe", nargs, 2, kw) < 0 || int_arg(th, args[1], &colnames) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    int n = S_(sqlite3_column_count)(s->st);
    if (n == 0)
        return KR_NONE;
    Tuple *t = kr_tuple_new(th, n);
    for (int i = 0; t && i < n; i++) {
        const char *name = S_(sqlite3_column_name)(s->st, i);
        if (!name) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        size_t len = strlen(name);
        const char *bracket = colnames ? strchr(name, '[') : NULL;
        if (bracket) {
            len = (size_t)(bracket - name);
            if (len > 0 && name[len - 1] == ' ')
                len--;
        }
        Str *str = kr_str_from_utf8(th, name, len);
        Tuple *d = str ? kr_tuple_new(th, 7) : NULL;
        if (!d)
            return KR_VALUE_NULL;
        d->items[0] = kr_from_obj(str);
        t->items[i] = kr_from_obj(d);
    }
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* Bind v to parameter i: 1, 0 for a type SQLite cannot take, -1 with an
 * exception (CPython's bind_param). */
static int bind_value(Thread *th, Stmt *s, int i, Value v)
{
    int rc;
    if (v == KR_NONE) {
        rc = S_(sqlite3_bind_null)(s->st, i);
    } else if (kr_is_int(v)) {
        sqlite3_int64 x;
        if (int64_of(th, v, &x) < 0)
            return -1;
        rc = S_(sqlite3_bind_int64)(s->st, i, x);
    } else if (kr_is_float(v)) {
        rc = S_(sqlite3_bind_double)(s->st, i, kr_float_value(v));
    } else if (kr_isinstance_type(v, &kr_str_type)) {
        size_t n;
        const char *p = encode_text(th, kr_as_str(v), &n);
        if (!p)
            return -1;
        if (n > INT_MAX) {
            kr_err_set_string(th, &kr_exc_OverflowError, "string longer than INT_MAX bytes");
            return -1;
        }
        rc = S_(sqlite3_bind_text)(s->st, i, p, (int)n, SQLITE_TRANSIENT);
    } else if (kr_buffer_check(v)) {
        Buffer view;
        if (blob_view(th, v, &view) < 0)
            return -1;
        rc = S_(sqlite3_bind_blob)(s->st, i, view.buf, (int)view.len, SQLITE_TRANSIENT);
        kr_buffer_release(&view);
    } else {
        return 0;
    }
    if (rc != SQLITE_OK) {
        db_error(th, stmt_db(s));
        return -1;
    }
    return 1;
}

/* bind(stmt, i, value) -> True, or False for a type SQLite cannot take
 * (the caller words the error: it knows the parameter's number). */
KR_LIB_FUNC(sq_bind)
{
    (void)self;
    int i;
    if (check_nargs(th, "bind", nargs, 3, kw) < 0 || int_arg(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    int r = bind_value(th, s, i, args[2]);
    return r < 0 ? KR_VALUE_NULL : kr_from_bool(r > 0);
}

/* What bind_many may bind without the Python side's adaptation. */
enum { FAST_BASE = 1, FAST_NONE = 2, FAST_BYTES = 4 };

static bool needs_no_adapting(Value v, int mask)
{
    if (v == KR_NONE)
        return mask & FAST_NONE;
    if (kr_is_double(v) || kr_is_smallint(v))
        return mask & FAST_BASE;
    if (!kr_is_obj(v))
        return false;
    Type *t = kr_as_obj(v)->type;
    if (t == &kr_bytes_type)
        return mask & FAST_BYTES;
    return (mask & FAST_BASE) && (t == &kr_str_type || t == &kr_int_type ||
                                  t == &kr_float_type || t == &kr_bytearray_type);
}

/* bind_many(stmt, params, mask) -> how many of params (a tuple or list)
 * were bound from the first on: the rest need adapting, in Python. */
KR_LIB_FUNC(sq_bind_many)
{
    (void)self;
    int mask;
    if (check_nargs(th, "bind_many", nargs, 3, kw) < 0 || int_arg(th, args[2], &mask) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    Value seq = args[1];
    int64_t n;
    const Value *items;
    if (kr_is_tuple(seq)) {
        n = kr_as_tuple(seq)->size;
        items = kr_as_tuple(seq)->items;
    } else if (kr_is_list(seq)) {
        n = kr_list_len(kr_as_list(seq));
        items = kr_as_list(seq)->items;
    } else {
        return kr_from_smallint(0);
    }
    int64_t i = 0;
    for (; i < n && i < INT_MAX; i++) {
        Value v = items[i];
        if (!needs_no_adapting(v, mask))
            break;
        int r = bind_value(th, s, (int)i + 1, v);
        if (r < 0)
            return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, i);
}

/* step a statement: SQLITE_ROW or SQLITE_DONE, else -1 with the error
 * raised (the statement reset). */
static int step_stmt(Thread *th, Stmt *s)
{
    int rc = S_(sqlite3_step)(s->st);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return rc;
    Db *d = stmt_db(s);
    S_(sqlite3_reset)(s->st);
    if (!kr_err_occurred(th))
        db_error(th, d);
    return -1;
}

/* run(stmt, params, mask): one execute's worth of C, the common case in
 * one call -- clear the bindings, bind params (a tuple or list whose
 * length the caller checked) and step.  Returns -1 when a row is ready,
 * n >= 0 when the statement is done (reset; n its changes), or -2 - i
 * when params[i] needs adapting: params[:i] are bound and the caller binds
 * the rest and steps itself. */
KR_LIB_FUNC(sq_run)
{
    (void)self;
    int mask;
    if (check_nargs(th, "run", nargs, 3, kw) < 0 || int_arg(th, args[2], &mask) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    S_(sqlite3_clear_bindings)(s->st);
    Value bound = sq_bind_many(th, self, args, 3, NULL);
    if (!bound)
        return KR_VALUE_NULL;
    int64_t want = kr_is_tuple(args[1]) ? kr_as_tuple(args[1])->size
                                        : kr_list_len(kr_as_list(args[1]));
    if (!kr_is_smallint(bound) || kr_as_smallint(bound) != want)
        return kr_from_smallint(-2 - (kr_is_smallint(bound) ? kr_as_smallint(bound) : 0));
    int rc = step_stmt(th, s);
    if (rc < 0)
        return KR_VALUE_NULL;
    if (rc == SQLITE_ROW)
        return kr_from_smallint(-1);
    int changes = S_(sqlite3_changes)(stmt_db(s)->db);
    S_(sqlite3_reset)(s->st);
    return kr_from_smallint(changes);
}

/* step(stmt) -> True for a row, False when done. */
KR_LIB_FUNC(sq_step)
{
    (void)self;
    if (check_nargs(th, "step", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    int rc = S_(sqlite3_step)(s->st);
    if (rc == SQLITE_ROW)
        return KR_TRUE;
    if (rc == SQLITE_DONE)
        return KR_FALSE;
    /* a callback's exception (a collation's) takes precedence */
    if (kr_err_occurred(th)) {
        S_(sqlite3_reset)(s->st);
        return KR_VALUE_NULL;
    }
    Db *d = stmt_db(s);
    S_(sqlite3_reset)(s->st);
    return db_error(th, d);
}

/* reset(stmt), clear(stmt) (the bindings): never raise (reset's result
 * repeats step's error, already reported).  There is no finalize: only
 * the collector finalizes a statement, once no thread can be using it. */
static Value stmt_op(Thread *th, const Value *args, size_t nargs, Tuple *kw, int which)
{
    if (check_nargs(th, "reset", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Stmt *s = handle_arg(th, args[0], &stmt_type);
    if (!s)
        return KR_VALUE_NULL;
    if (!s->st)
        return KR_NONE;
    if (which == 0)
        S_(sqlite3_reset)(s->st);
    else
        S_(sqlite3_clear_bindings)(s->st);
    return KR_NONE;
}

KR_LIB_FUNC(sq_reset) { (void)self; return stmt_op(th, args, nargs, kw, 0); }
KR_LIB_FUNC(sq_clear) { (void)self; return stmt_op(th, args, nargs, kw, 1); }

/* The text of column i that is not UTF-8: OperationalError, worded as
 * CPython's (its 200-byte buffer, decoded as ASCII with replacement). */
static Value decode_error(Thread *th, Stmt *s, int i, const char *text)
{
    kr_err_clear(th);
    char buf[200];
    const char *name = S_(sqlite3_column_name)(s->st, i);
    snprintf(buf, sizeof buf - 1, "Could not decode to UTF-8 column '%s' with text '%s'",
             name ? name : "", text);
    uint32_t cps[200];
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)buf; *p; p++)
        cps[n++] = *p < 0x80 ? *p : 0xfffd;
    Str *msg = kr_str_from_ucs4(th, cps, n);
    if (!msg)
        return KR_VALUE_NULL;
    Value arg = kr_from_obj(msg);
    Value e = kr_vm_call(th, exc_class(stmt_db(s), E_OPERATIONAL), &arg, 1, NULL);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

/* Column i of the current row (CPython's _pysqlite_fetch_one_row):
 * through the converter conv when it is not None, text through
 * text_factory. */
static Value column_value(Thread *th, Stmt *s, int i, Value text_factory, Value conv)
{
    sqlite3_stmt *st = s->st;
    int type = S_(sqlite3_column_type)(st, i);
    if (conv != KR_NONE) {
        if (type == SQLITE_NULL)
            return KR_NONE;
        const void *p = S_(sqlite3_column_blob)(st, i);
        Bytes *b = kr_bytes_new(th, p, S_(sqlite3_column_bytes)(st, i));
        Value arg = b ? kr_from_obj(b) : KR_VALUE_NULL;
        return arg ? kr_vm_call(th, conv, &arg, 1, NULL) : KR_VALUE_NULL;
    }
    switch (type) {
    case SQLITE_NULL:
        return KR_NONE;
    case SQLITE_INTEGER:
        return kr_int_from_i64(th, S_(sqlite3_column_int64)(st, i));
    case SQLITE_FLOAT:
        return kr_float_new(th, S_(sqlite3_column_double)(st, i));
    case SQLITE_TEXT: {
        const char *t = (const char *)S_(sqlite3_column_text)(st, i);
        int n = S_(sqlite3_column_bytes)(st, i);
        if (!t) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        if (text_factory == kr_from_obj(&kr_str_type)) {
            Str *r = decode_text(th, t, (size_t)n);
            if (!r && kr_err_matches(th, &kr_exc_UnicodeDecodeError))
                return decode_error(th, s, i, t);
            return r ? kr_from_obj(r) : KR_VALUE_NULL;
        }
        Bytes *b = kr_bytes_new(th, t, n);
        if (!b || text_factory == kr_from_obj(&kr_bytes_type))
            return b ? kr_from_obj(b) : KR_VALUE_NULL;
        Value arg = kr_from_obj(b);
        return kr_vm_call(th, text_factory, &arg, 1, NULL);
    }
    default: {
        const void *p = S_(sqlite3_column_blob)(st, i);
        Bytes *b = kr_bytes_new(th, p, S_(sqlite3_column_bytes)(st, i));
        return b ? kr_from_obj(b) : KR_VALUE_NULL;
    }
    }
}

/* row(stmt, text_factory, converters) -> tuple; converters is None or a
 * sequence with a converter or None per column. */
KR_LIB_FUNC(sq_row)
{
    (void)self;
    if (check_nargs(th, "row", nargs, 3, kw) < 0)
        return KR_VALUE_NULL;
    Stmt *s = stmt_arg(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    int n = S_(sqlite3_column_count)(s->st);
    Value convs = args[2];
    if (convs != KR_NONE && (!kr_is_tuple(convs) || kr_as_tuple(convs)->size < n))
        return kr_err_type_error(th, "row: converters must be a tuple of the columns");
    Tuple *t = kr_tuple_new(th, n);
    for (int i = 0; t && i < n; i++) {
        Value conv = convs == KR_NONE ? KR_NONE : kr_as_tuple(convs)->items[i];
        Value v = column_value(th, s, i, args[1], conv);
        if (!v)
            return KR_VALUE_NULL;
        t->items[i] = v;
    }
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* fetch(stmt, text_factory, converters) -> (row, more): the current
 * row, then a step (CPython's pysqlite_cursor_iternext, whose order this
 * keeps: a failing step raises with the row lost); when not `more`,
 * the statement is done and reset. */
KR_LIB_FUNC(sq_fetch)
{
    Value row = sq_row(th, self, args, nargs, kw);
    if (!row)
        return KR_VALUE_NULL;
    Stmt *s = (Stmt *)kr_as_obj(args[0]);
    int rc = step_stmt(th, s);
    if (rc < 0)
        return KR_VALUE_NULL;
    if (rc == SQLITE_DONE)
        S_(sqlite3_reset)(s->st);
    Value items[2] = {row, kr_from_bool(rc == SQLITE_ROW)};
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* ---- callbacks registration ------------------------------------------------ */

static int name_arg(Thread *th, Value v, const char **out)
{
    size_t n;
    *out = utf8_arg(th, v, &n);
    return *out ? 0 : -1;
}

/* create_function(db, name, narg, func, flags, kind): kind 0 scalar, 1
 * aggregate (func is the class), 2 window.  SQLite's result code.
 * None is not special: calling it fails, as in CPython. */
KR_LIB_FUNC(sq_create_function)
{
    (void)self;
    int narg, flags, kind;
    const char *name;
    if (check_nargs(th, "create_function", nargs, 6, kw) < 0 ||
        name_arg(th, args[1], &name) < 0 || int_arg(th, args[2], &narg) < 0 ||
        int_arg(th, args[4], &flags) < 0 || int_arg(th, args[5], &kind) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    Value items[3] = {args[1], args[2], kr_from_smallint(kind == 2)};
    Tuple *key = kr_tuple_from_array(th, items, 3);
    Callback *cb = key ? callback_new(th, d, args[3]) : NULL;
    if (!cb)
        return KR_VALUE_NULL;
    int rc;
    if (kind == 2)
        rc = S_(sqlite3_create_window_function)(d->db, name, narg, flags, cb, agg_step,
                                                agg_final, win_value, win_inverse, NULL);
    else
        rc = S_(sqlite3_create_function_v2)(d->db, name, narg, flags, cb,
                                            kind == 0 ? func_call : NULL,
                                            kind == 1 ? agg_step : NULL,
                                            kind == 1 ? agg_final : NULL, NULL);
    if (rc != SQLITE_OK)
        return kr_from_smallint(rc);
    return callback_keep(th, d, kr_from_obj(key), cb) < 0 ? KR_VALUE_NULL : kr_from_smallint(0);
}

/* create_collation(db, name, callable or None) */
KR_LIB_FUNC(sq_create_collation)
{
    (void)self;
    const char *name;
    if (check_nargs(th, "create_collation", nargs, 3, kw) < 0 ||
        name_arg(th, args[1], &name) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    Value items[2] = {kr_from_smallint(-1), args[1]};
    Tuple *key = kr_tuple_from_array(th, items, 2);
    Callback *cb = NULL;
    if (!key || (args[2] != KR_NONE && !(cb = callback_new(th, d, args[2]))))
        return KR_VALUE_NULL;
    int rc = S_(sqlite3_create_collation_v2)(d->db, name, SQLITE_UTF8, cb,
                                             cb ? collation_call : NULL, NULL);
    if (rc != SQLITE_OK)
        return db_error(th, d);
    return callback_keep(th, d, kr_from_obj(key), cb) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* set_hook(db, which, callable or None, n): which 0 authorizer, 1
 * progress handler (every n instructions), 2 trace. */
KR_LIB_FUNC(sq_set_hook)
{
    (void)self;
    int which, n;
    if (check_nargs(th, "set_hook", nargs, 4, kw) < 0 || int_arg(th, args[1], &which) < 0 ||
        int_arg(th, args[3], &n) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    Value key = kr_from_smallint(-10 - which);
    Callback *cb = NULL;
    if (args[2] != KR_NONE && !(cb = callback_new(th, d, args[2])))
        return KR_VALUE_NULL;
    int rc = SQLITE_OK;
    if (which == 0)
        rc = S_(sqlite3_set_authorizer)(d->db, cb ? authorizer_call : NULL, cb);
    else if (which == 1)
        S_(sqlite3_progress_handler)(d->db, n, cb ? progress_call : NULL, cb);
    else
        rc = S_(sqlite3_trace_v2)(d->db, SQLITE_TRACE_STMT, cb ? trace_call : NULL, cb);
    if (rc != SQLITE_OK)
        return db_error(th, d);
    return callback_keep(th, d, key, cb) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* ---- serialization ------------------------------------------------------------ */

/* serialize(db, name) -> bytes (CPython's serialize: without a copy when
 * SQLite can, else with one). */
KR_LIB_FUNC(sq_serialize)
{
    (void)self;
    const char *name;
    if (check_nargs(th, "serialize", nargs, 2, kw) < 0 || name_arg(th, args[1], &name) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    sqlite3_int64 size = 0;
    bool copied = false;
    unsigned char *data = S_(sqlite3_serialize)(d->db, name, &size, SQLITE_SERIALIZE_NOCOPY);
    if (!data) {
        data = S_(sqlite3_serialize)(d->db, name, &size, 0);
        copied = true;
    }
    if (!data) {
        char msg[200];
        snprintf(msg, sizeof msg, "unable to serialize '%s'", name);
        return raise_class(th, d, E_OPERATIONAL, msg);
    }
    Bytes *b = kr_bytes_new(th, data, size);
    if (copied)
        S_(sqlite3_free)(data);
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

/* deserialize(db, data, name): the database becomes a copy of data, in
 * memory SQLite owns (FREEONCLOSE). */
KR_LIB_FUNC(sq_deserialize)
{
    (void)self;
    const char *name;
    if (check_nargs(th, "deserialize", nargs, 3, kw) < 0 || name_arg(th, args[2], &name) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    Buffer view;
    if (!d || kr_buffer_get(th, args[1], &view, KR_BUF_SIMPLE) < 0)
        return KR_VALUE_NULL;
    unsigned char *buf = S_(sqlite3_malloc64)(view.len ? (sqlite3_uint64)view.len : 1);
    if (!buf) {
        kr_buffer_release(&view);
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    kr_buffer_copy_out(&view, buf, 'C');
    sqlite3_int64 size = view.len;
    kr_buffer_release(&view);
    int rc = S_(sqlite3_deserialize)(d->db, name, buf, size, size,
                                     SQLITE_DESERIALIZE_FREEONCLOSE |
                                         SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return db_error(th, d);
    return KR_NONE;
}

/* ---- blobs ------------------------------------------------------------------ */

static Blob *blob_arg(Thread *th, Value v)
{
    Blob *b = handle_arg(th, v, &blob_type);
    if (b && !b->blob) {
        kr_err_set_string(th, &kr_exc_ValueError, "blob is closed");
        return NULL;
    }
    return b;
}

/* blob_open(db, table, column, row, readonly, name) -> Blob */
KR_LIB_FUNC(sq_blob_open)
{
    (void)self;
    const char *table, *column, *name;
    sqlite3_int64 row;
    int ro;
    if (check_nargs(th, "blob_open", nargs, 6, kw) < 0 || name_arg(th, args[1], &table) < 0 ||
        name_arg(th, args[2], &column) < 0 || int64_of(th, args[3], &row) < 0 ||
        (ro = kr_object_truth(th, args[4])) < 0 || name_arg(th, args[5], &name) < 0)
        return KR_VALUE_NULL;
    Db *d = db_arg(th, args[0]);
    if (!d)
        return KR_VALUE_NULL;
    sqlite3_blob *blob = NULL;
    int rc = S_(sqlite3_blob_open)(d->db, name, table, column, row, !ro, &blob);
    if (rc != SQLITE_OK)
        return db_error(th, d);
    Blob *b = kr_libutil_alloc(th, &blob_type);
    if (!b) {
        S_(sqlite3_blob_close)(blob);
        return KR_VALUE_NULL;
    }
    b->blob = blob;
    b->db = args[0];
    kr_gc_add_finalizer(b, blob_finalize, NULL);
    return kr_from_obj(b);
}

/* blob_len(blob) */
KR_LIB_FUNC(sq_blob_len)
{
    (void)self;
    if (check_nargs(th, "blob_len", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Blob *b = blob_arg(th, args[0]);
    return b ? kr_from_smallint(S_(sqlite3_blob_bytes)(b->blob)) : KR_VALUE_NULL;
}

/* blob_read(blob, offset, n) -> bytes */
KR_LIB_FUNC(sq_blob_read)
{
    (void)self;
    int off, n;
    if (check_nargs(th, "blob_read", nargs, 3, kw) < 0 || int_arg(th, args[1], &off) < 0 ||
        int_arg(th, args[2], &n) < 0)
        return KR_VALUE_NULL;
    Blob *b = blob_arg(th, args[0]);
    if (!b)
        return KR_VALUE_NULL;
    unsigned char *buf = kr_gc_alloc_atomic((size_t)n + 1);
    if (!buf) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    int rc = S_(sqlite3_blob_read)(b->blob, buf, n, off);
    if (rc != SQLITE_OK)
        return db_error(th, (Db *)kr_as_obj(b->db));
    Bytes *r = kr_bytes_new(th, buf, n);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* blob_write(blob, offset, data) */
KR_LIB_FUNC(sq_blob_write)
{
    (void)self;
    int off;
    if (check_nargs(th, "blob_write", nargs, 3, kw) < 0 || int_arg(th, args[1], &off) < 0)
        return KR_VALUE_NULL;
    Blob *b = blob_arg(th, args[0]);
    Buffer view;
    if (!b || kr_buffer_get(th, args[2], &view, 0) < 0)
        return KR_VALUE_NULL;
    int rc = S_(sqlite3_blob_write)(b->blob, view.buf, (int)view.len, off);
    kr_buffer_release(&view);
    if (rc != SQLITE_OK)
        return db_error(th, (Db *)kr_as_obj(b->db));
    return KR_NONE;
}

/* blob_close(blob) */
KR_LIB_FUNC(sq_blob_close)
{
    (void)self;
    if (check_nargs(th, "blob_close", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Blob *b = handle_arg(th, args[0], &blob_type);
    if (!b)
        return KR_VALUE_NULL;
    guard_shut(&b->g, false);
    return KR_NONE;
}

/* ---- backup ----------------------------------------------------------------- */

/* backup_init(dst, dst_name, src, src_name) -> Backup */
KR_LIB_FUNC(sq_backup_init)
{
    (void)self;
    const char *dname, *sname;
    if (check_nargs(th, "backup_init", nargs, 4, kw) < 0 || name_arg(th, args[1], &dname) < 0 ||
        name_arg(th, args[3], &sname) < 0)
        return KR_VALUE_NULL;
    Db *dst = db_arg(th, args[0]);
    Db *src = dst ? db_arg(th, args[2]) : NULL;
    if (!src)
        return KR_VALUE_NULL;
    sqlite3_backup *bk = S_(sqlite3_backup_init)(dst->db, dname, src->db, sname);
    if (!bk)
        return db_error(th, dst);
    Backup *b = kr_libutil_alloc(th, &backup_type);
    if (!b) {
        S_(sqlite3_backup_finish)(bk);
        return KR_VALUE_NULL;
    }
    b->bk = bk;
    b->dst = args[0];
    b->src = args[2];
    kr_gc_add_finalizer(b, backup_finalize, NULL);
    return kr_from_obj(b);
}

/* backup_step(backup, pages) -> (rc, remaining, pagecount); rc is
 * SQLITE_OK, SQLITE_DONE, SQLITE_BUSY or SQLITE_LOCKED, else it raises. */
KR_LIB_FUNC(sq_backup_step)
{
    (void)self;
    int pages;
    if (check_nargs(th, "backup_step", nargs, 2, kw) < 0 || int_arg(th, args[1], &pages) < 0)
        return KR_VALUE_NULL;
    Backup *b = handle_arg(th, args[0], &backup_type);
    if (!b)
        return KR_VALUE_NULL;
    int rc = S_(sqlite3_backup_step)(b->bk, pages);
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
        S_(sqlite3_backup_finish)(b->bk);
        b->bk = NULL;
        return db_error(th, (Db *)kr_as_obj(b->dst));
    }
    Value items[3] = {kr_from_smallint(rc), kr_from_smallint(S_(sqlite3_backup_remaining)(b->bk)),
                      kr_from_smallint(S_(sqlite3_backup_pagecount)(b->bk))};
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* backup_finish(backup) */
KR_LIB_FUNC(sq_backup_finish)
{
    (void)self;
    if (check_nargs(th, "backup_finish", nargs, 1, kw) < 0)
        return KR_VALUE_NULL;
    Backup *b = handle_arg(th, args[0], &backup_type);
    if (!b)
        return KR_VALUE_NULL;
    if (!b->bk)
        return KR_NONE;
    int rc = S_(sqlite3_backup_finish)(b->bk);
    b->bk = NULL;
    if (rc != SQLITE_OK)
        return db_error(th, (Db *)kr_as_obj(b->dst));
    return KR_NONE;
}

/* ---- module-level ------------------------------------------------------------ */

/* complete_statement(statement) */
KR_LIB_FUNC(sq_complete_statement)
{
    (void)self;
    static const char *const names[] = {"statement", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "complete_statement", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(a[0]))
        return kr_err_type_error(th, "complete_statement() argument 'statement' must be str, not %T",
                                 a[0]);
    size_t n;
    const char *s = encode_text(th, kr_as_str(a[0]), &n);
    return s ? kr_from_bool(S_(sqlite3_complete)(s) != 0) : KR_VALUE_NULL;
}

/* errstr(code) -> SQLite's English for a result code */
KR_LIB_FUNC(sq_errstr)
{
    (void)self;
    int code;
    if (check_nargs(th, "errstr", nargs, 1, kw) < 0 || int_arg(th, args[0], &code) < 0)
        return KR_VALUE_NULL;
    return str_or_none(th, S_(sqlite3_errstr)(code));
}

/* error_name(code) -> the name of a result code, or None */
KR_LIB_FUNC(sq_error_name)
{
    (void)self;
    int code;
    if (check_nargs(th, "error_name", nargs, 1, kw) < 0 || int_arg(th, args[0], &code) < 0)
        return KR_VALUE_NULL;
    return str_or_none(th, error_name(code));
}

/* The Guards a call on handle v must hold: its Db's (a Stmt's, Blob's,
 * Backup's two), and a Blob's own. */
static int handle_guards(Value v, Guard *gs[3], bool is_db[3])
{
    if (!kr_is_obj(v))
        return 0;
    Type *t = kr_as_obj(v)->type;
    int n = 0;
    if (t == &db_type) {
        gs[n] = &((Db *)kr_as_obj(v))->g, is_db[n++] = true;
    } else if (t == &stmt_type) {
        gs[n] = &((Db *)kr_as_obj(((Stmt *)kr_as_obj(v))->db))->g, is_db[n++] = true;
    } else if (t == &blob_type) {
        Blob *b = (Blob *)kr_as_obj(v);
        gs[n] = &((Db *)kr_as_obj(b->db))->g, is_db[n++] = true;
        gs[n] = &b->g, is_db[n++] = false;
    } else if (t == &backup_type) {
        Backup *b = (Backup *)kr_as_obj(v);
        gs[n] = &((Db *)kr_as_obj(b->dst))->g, is_db[n++] = true;
        gs[n] = &((Db *)kr_as_obj(b->src))->g, is_db[n++] = true;
    }
    return n;
}

/* Call fn holding the guards of its first argument's handle. */
static Value guarded(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw,
                     KrCallFn fn)
{
    Guard *gs[3];
    bool is_db[3];
    int n = nargs ? handle_guards(args[0], gs, is_db) : 0;
    for (int i = 0; i < n; i++)
        if (!guard_enter(gs[i])) {
            kr_err_set_string(th, &kr_exc_ValueError,
                              is_db[i] ? "database is closed" : "blob is closed");
            while (--i >= 0)
                guard_leave(gs[i], is_db[i]);
            return KR_VALUE_NULL;
        }
    Value r = fn(th, self, args, nargs, kw);
    for (int i = n - 1; i >= 0; i--)
        guard_leave(gs[i], is_db[i]);
    return r;
}

#define KR_SQLITE_GUARDED(X) \
    X(sq_changes) X(sq_total_changes) X(sq_lastrowid) X(sq_autocommit) X(sq_interrupt) \
    X(sq_busy_timeout) X(sq_limit) X(sq_prepare) X(sq_exec) X(sq_info) X(sq_column_names) \
    X(sq_decltypes) X(sq_param_names) X(sq_describe) X(sq_bind) X(sq_bind_many) X(sq_run) X(sq_step) X(sq_reset) X(sq_clear) \
    X(sq_row) X(sq_fetch) X(sq_create_function) X(sq_create_collation) X(sq_set_hook) \
    X(sq_blob_open) X(sq_serialize) X(sq_deserialize) \
    X(sq_blob_len) X(sq_blob_read) X(sq_blob_write) X(sq_backup_init) X(sq_backup_step) \
    X(sq_backup_finish)

#define KR_SQLITE_WRAP(f) \
    KR_LIB_FUNC(g_##f) { return guarded(th, self, args, nargs, kw, f); }
KR_SQLITE_GUARDED(KR_SQLITE_WRAP)
#undef KR_SQLITE_WRAP

static const MethodDef sqlite_functions[] = {
    {"open", sq_open, NULL, NULL, 0},
    {"close", sq_close, NULL, NULL, 0},
    {"is_open", sq_is_open, NULL, NULL, 0},
    {"changes", g_sq_changes, NULL, NULL, 0},
    {"total_changes", g_sq_total_changes, NULL, NULL, 0},
    {"lastrowid", g_sq_lastrowid, NULL, NULL, 0},
    {"autocommit", g_sq_autocommit, NULL, NULL, 0},
    {"interrupt", g_sq_interrupt, NULL, NULL, 0},
    {"busy_timeout", g_sq_busy_timeout, NULL, NULL, 0},
    {"limit", g_sq_limit, NULL, NULL, 0},
    {"prepare", g_sq_prepare, NULL, NULL, 0},
    {"exec", g_sq_exec, NULL, NULL, 0},
    {"info", g_sq_info, NULL, NULL, 0},
    {"column_names", g_sq_column_names, NULL, NULL, 0},
    {"decltypes", g_sq_decltypes, NULL, NULL, 0},
    {"param_names", g_sq_param_names, NULL, NULL, 0},
    {"describe", g_sq_describe, NULL, NULL, 0},
    {"bind", g_sq_bind, NULL, NULL, 0},
    {"bind_many", g_sq_bind_many, NULL, NULL, 0},
    {"run", g_sq_run, NULL, NULL, 0},
    {"step", g_sq_step, NULL, NULL, 0},
    {"reset", g_sq_reset, NULL, NULL, 0},
    {"clear", g_sq_clear, NULL, NULL, 0},
    {"row", g_sq_row, NULL, NULL, 0},
    {"fetch", g_sq_fetch, NULL, NULL, 0},
    {"create_function", g_sq_create_function, NULL, NULL, 0},
    {"create_collation", g_sq_create_collation, NULL, NULL, 0},
    {"set_hook", g_sq_set_hook, NULL, NULL, 0},
    {"blob_open", g_sq_blob_open, NULL, NULL, 0},
    {"serialize", g_sq_serialize, NULL, NULL, 0},
    {"deserialize", g_sq_deserialize, NULL, NULL, 0},
    {"blob_len", g_sq_blob_len, NULL, NULL, 0},
    {"blob_read", g_sq_blob_read, NULL, NULL, 0},
    {"blob_write", g_sq_blob_write, NULL, NULL, 0},
    {"blob_close", sq_blob_close, NULL, NULL, 0},
    {"backup_init", g_sq_backup_init, NULL, NULL, 0},
    {"backup_step", g_sq_backup_step, NULL, NULL, 0},
    {"backup_finish", g_sq_backup_finish, NULL, NULL, 0},
    {"complete_statement", sq_complete_statement, "($module, /, statement)",
     "Checks if a string contains a complete SQL statement.", 0},
    {"error_name", sq_error_name, NULL, NULL, 0},
    {"errstr", sq_errstr, NULL, NULL, 0},
    {0},
};

static Value no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    (void)args, (void)nargs, (void)kw;
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

static Type db_type = {.hdr = {&kr_type_type}, .name = "_sqlite3_native.Db",
                       .size = sizeof(Db), .new_ = no_new};
static Type stmt_type = {.hdr = {&kr_type_type}, .name = "_sqlite3_native.Stmt",
                         .size = sizeof(Stmt), .new_ = no_new};
static Type blob_type = {.hdr = {&kr_type_type}, .name = "_sqlite3_native.Blob",
                         .size = sizeof(Blob), .new_ = no_new};
static Type backup_type = {.hdr = {&kr_type_type}, .name = "_sqlite3_native.Backup",
                           .size = sizeof(Backup), .new_ = no_new};
static Type callback_type = {.hdr = {&kr_type_type}, .name = "_sqlite3_native.Callback",
                             .size = sizeof(Callback), .new_ = no_new};

static int add_int(Thread *th, Module *m, const char *name, int64_t v)
{
    Value x = kr_int_from_i64(th, v);
    return x ? kr_libutil_add_value(th, m, name, x) : -1;
}

static int add_constants(Thread *th, Module *m)
{
#define KR_SQLITE_ADD(c) \
    if (add_int(th, m, #c, c) < 0) \
        return -1;
    KR_SQLITE_CODES(KR_SQLITE_ADD)
    KR_SQLITE_OTHER_CONSTS(KR_SQLITE_ADD)
#undef KR_SQLITE_ADD
    Str *v = kr_str_from_cstr(th, S_(sqlite3_libversion)());
    if (!v || kr_libutil_add_value(th, m, "sqlite_version", kr_from_obj(v)) < 0)
        return -1;
    bool can_serialize = S_(sqlite3_serialize) && S_(sqlite3_deserialize) && S_(sqlite3_malloc64);
    if (kr_libutil_add_value(th, m, "can_serialize", kr_from_bool(can_serialize)) < 0)
        return -1;
    return add_int(th, m, "threadsafe", S_(sqlite3_threadsafe)());
}

int kr_mod__sqlite3_native_init(Thread *th)
{
    pthread_once(&sqlite_once, load_sqlite);
    if (sqlite_error) {
        kr_err_format(th, &kr_exc_ImportError, "_sqlite3: %s", sqlite_error);
        return -1;
    }
    Module *m = kr_libutil_module(th, "_sqlite3_native", sqlite_functions);
    if (!m)
        return -1;
    Type *types[] = {&db_type, &stmt_type, &blob_type, &backup_type, &callback_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(th, types[i]) < 0)
            return -1;
    return add_constants(th, m);
}
