/*
 * posix_types.c -- the posix module's types: the struct sequences
 * (os.stat_result, os.terminal_size, posix.times_result,
 * posix.uname_result), DirEntry and the scandir iterator.
 *
 * A struct sequence is a tuple subclass whose items have names.  Like
 * CPython's, it may carry fields beyond the visible ones (stat_result's
 * float times, st_blksize, ...): the instance is a Tuple allocated with
 * room for every field whose `size` counts only the visible ones, so
 * len(), indexing, iteration, hashing and comparison -- all inherited from
 * tuple -- see the visible part, and the named members read any slot by
 * offset.  This is a minimal version kept in the posix module until a
 * general structseq type exists (helper "builtins" owns that).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/seq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* ---- struct sequences -------------------------------------------------------- */

typedef struct SeqDesc {
    Type *type;
    int nvisible, nfields;
    const char *const *names;     /* nfields names; repr shows the visible ones */
} SeqDesc;

static const char *const stat_names[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",           /* visible: int seconds */
    "st_atime", "st_mtime", "st_ctime",           /* hidden: float seconds */
    "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
};
static const char *const tsize_names[] = {"columns", "lines"};
static const char *const times_names[] = {"user", "system", "children_user", "children_system", "elapsed"};
static const char *const uname_names[] = {"sysname", "nodename", "release", "version", "machine"};

static const SeqDesc seq_descs[] = {
    {&kr_posix_stat_result_type, 10, 19, stat_names},
    {&kr_posix_terminal_size_type, 2, 2, tsize_names},
    {&kr_posix_times_result_type, 5, 5, times_names},
    {&kr_posix_uname_result_type, 5, 5, uname_names},
};

static const SeqDesc *seq_desc(Type *t)
{
    for (; t; t = t->base)
        for (size_t i = 0; i < KR_ARRAY_LEN(seq_descs); i++)
            if (seq_descs[i].type == t)
                return &seq_descs[i];
    return NULL;
}

static Tuple *seq_alloc(Thread *th, Type *t, int nfields, int nvisible)
{
    Tuple *r = kr_gc_alloc(sizeof(Tuple) + (size_t)nfields * sizeof(Value));
    if (!r) {
        kr_err_no_memory(th);
        return NULL;
    }
    r->hdr.type = t;
    r->size = nvisible;
    return r;
}

Value kr_posix_structseq_new(Thread *th, Type *t, const Value *fields)
{
    const SeqDesc *d = seq_desc(t);
    Tuple *r = seq_alloc(th, t, d->nfields, d->nvisible);
    if (!r)
        return KR_VALUE_NULL;
    kr_values_copy(r->items, fields, (size_t)d->nfields);
    return kr_from_obj(r);
}

/* T(sequence, dict=None): visible fields required, hidden ones optional
 * (None; stat_result's float times default to the int ones). */
static Value seq_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    const SeqDesc *d = seq_desc(t);
    if (kr_call_check_args(th, t->name, nargs, 1, 2, kwnames) < 0)
        return KR_VALUE_NULL;
    List *items = kr_list_from_iterable(th, args[0]);
    if (!items)
        return KR_VALUE_NULL;
    int64_t n = items->size;
    if (n < d->nvisible || n > d->nfields) {
        const char *which = n < d->nvisible ? "at least" : "at most";
        int want = n < d->nvisible ? d->nvisible : d->nfields;
        if (d->nvisible == d->nfields)
            kr_err_format(th, &kr_exc_TypeError, "%s() takes a %d-sequence (%lld-sequence given)",
                          t->name, want, (long long)n);
        else
            kr_err_format(th, &kr_exc_TypeError, "%s() takes an %s %d-sequence (%lld-sequence given)",
                          t->name, which, want, (long long)n);
        return KR_VALUE_NULL;
    }
    Tuple *r = seq_alloc(th, t, d->nfields, d->nvisible);
    if (!r)
        return KR_VALUE_NULL;
    Value dict = nargs == 2 ? args[1] : KR_NONE;
    if (dict != KR_NONE && !kr_is_dict(dict)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes a dict as second arg, if any", t->name);
        return KR_VALUE_NULL;
    }
    for (int i = 0; i < d->nfields; i++) {
        r->items[i] = i < n ? items->items[i] : KR_NONE;
        if (i >= n && dict != KR_NONE) {     /* hidden fields by name (pickle's dict) */
            Str *k = kr_str_intern_cstr(th, d->names[i]);
            Value v = k ? kr_dict_get_str(kr_as_dict(dict), k) : KR_VALUE_NULL;
            if (v)
                r->items[i] = v;
        }
    }
    if (d->type == &kr_posix_stat_result_type)
        for (int i = 7; i < 10; i++)
            if (r->items[i + 3] == KR_NONE)
                r->items[i + 3] = r->items[i];
    return kr_from_obj(r);
}

/* os.stat_result(st_mode=33188, ...): the visible fields, named. */
static Value seq_repr(Thread *th, Value self)
{
    const SeqDesc *d = seq_desc(kr_type_of(self));
    Tuple *t = kr_as_tuple(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(", kr_type_of(self)->name);
    for (int i = 0; i < d->nvisible; i++) {
        Value r = kr_object_repr(th, t->items[i]);
        if (!r) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        kr_buf_printf(&b, "%s%s=", i ? ", " : "", d->names[i]);
        kr_str_to_buf(&b, kr_as_str(r));
    }
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* Compared as the plain tuples of their visible fields. */
static Value seq_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_isinstance_type(a, &kr_tuple_type) || !kr_isinstance_type(b, &kr_tuple_type))
        return KR_NOTIMPL;
    Tuple *x = kr_as_tuple(a), *y = kr_as_tuple(b);
    return kr_seq_richcompare(th, x->items, x->size, y->items, y->size, op);
}

/* __reduce__: (type, (visible fields, {hidden field name: value})), as
 * CPython's structseq_reduce, which the constructor above takes back. */
static Value seq_reduce(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    const SeqDesc *d = seq_desc(kr_type_of(args[0]));
    Tuple *t = kr_as_tuple(args[0]);
    Tuple *vis = kr_tuple_from_array(th, t->items, d->nvisible);
    Dict *hidden = kr_dict_new(th);
    if (!vis || !hidden)
        return KR_VALUE_NULL;
    for (int i = d->nvisible; i < d->nfields; i++) {
        Str *k = kr_str_intern_cstr(th, d->names[i]);
        if (!k || kr_dict_set_str(th, hidden, k, t->items[i]) < 0)
            return KR_VALUE_NULL;
    }
    Tuple *inner = kr_tuple_from_array(th, (Value[]){kr_from_obj(vis), kr_from_obj(hidden)}, 2);
    Tuple *r = inner ? kr_tuple_from_array(
                           th, (Value[]){kr_from_obj(kr_type_of(args[0])), kr_from_obj(inner)}, 2)
                     : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static const MethodDef seq_methods[] = {
    {"__reduce__", seq_reduce, "($self, /)", NULL, 0},
    {0},
};

#define FIELD(name, i) {name, offsetof(Tuple, items) + (i) * sizeof(Value), NULL, NULL, NULL, KR_MEMBER_READONLY}

/* Named members: for stat_result the visible 7..9 are reached by index only;
 * their names belong to the float fields 10..12, as in CPython. */
static const MemberDef stat_members[] = {
    FIELD("st_mode", 0), FIELD("st_ino", 1), FIELD("st_dev", 2), FIELD("st_nlink", 3),
    FIELD("st_uid", 4), FIELD("st_gid", 5), FIELD("st_size", 6), FIELD("st_atime", 10),
    FIELD("st_mtime", 11), FIELD("st_ctime", 12), FIELD("st_atime_ns", 13),
    FIELD("st_mtime_ns", 14), FIELD("st_ctime_ns", 15), FIELD("st_blksize", 16),
    FIELD("st_blocks", 17), FIELD("st_rdev", 18), {0},
};
static const MemberDef tsize_members[] = {FIELD("columns", 0), FIELD("lines", 1), {0}};
static const MemberDef times_members[] = {
    FIELD("user", 0), FIELD("system", 1), FIELD("children_user", 2),
    FIELD("children_system", 3), FIELD("elapsed", 4), {0},
};
static const MemberDef uname_members[] = {
    FIELD("sysname", 0), FIELD("nodename", 1), FIELD("release", 2), FIELD("version", 3),
    FIELD("machine", 4), {0},
};

#define SEQ_TYPE(cname, pyname, mems)                                      \
    Type cname = {                                                         \
        .hdr = {&kr_type_type},                                            \
        .name = pyname,                                                    \
        .base = &kr_tuple_type,                                            \
        .size = sizeof(Tuple),                                             \
        .item_size = sizeof(Value),                                        \
        .flags = KR_TYPE_IMMUTABLE | KR_TYPE_TUPLE_SUBCLASS,               \
        .new_ = seq_new,                                                   \
        .repr = seq_repr,                                                  \
        .richcompare = seq_richcompare,                                    \
        .members = mems,                                                   \
        .methods = seq_methods,                                            \
    };
SEQ_TYPE(kr_posix_stat_result_type, "os.stat_result", stat_members)
SEQ_TYPE(kr_posix_terminal_size_type, "os.terminal_size", tsize_members)
SEQ_TYPE(kr_posix_times_result_type, "posix.times_result", times_members)
SEQ_TYPE(kr_posix_uname_result_type, "posix.uname_result", uname_members)

static Value ns_value(Thread *th, struct timespec ts)
{
    /* seconds * 10**9 + ns fits a word until the year 2262: one int, not
     * four and two operations (7% of pathlib's stat()) */
    int64_t total;
    if (!__builtin_mul_overflow((int64_t)ts.tv_sec, (int64_t)1000000000, &total) &&
        !__builtin_add_overflow(total, (int64_t)ts.tv_nsec, &total))
        return kr_int_from_i64(th, total);
    Value s = kr_int_from_i64(th, (int64_t)ts.tv_sec), big = kr_int_from_i64(th, 1000000000);
    Value ns = kr_int_from_i64(th, ts.tv_nsec);
    Value m = s && big ? kr_int_binop(th, s, big, KR_OP_MUL) : KR_VALUE_NULL;
    return m && ns ? kr_int_binop(th, m, ns, KR_OP_ADD) : KR_VALUE_NULL;
}

Value kr_posix_stat_result(Thread *th, const struct stat *st)
{
    Value f[19] = {
        kr_from_smallint(st->st_mode), kr_int_from_i64(th, (int64_t)st->st_ino),
        kr_int_from_i64(th, (int64_t)st->st_dev), kr_from_smallint((int64_t)st->st_nlink),
        kr_from_smallint(st->st_uid), kr_from_smallint(st->st_gid), kr_int_from_i64(th, st->st_size),
        kr_int_from_i64(th, st->st_atim.tv_sec), kr_int_from_i64(th, st->st_mtim.tv_sec),
        kr_int_from_i64(th, st->st_ctim.tv_sec),
        kr_float_new(th, (double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        kr_float_new(th, (double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        kr_float_new(th, (double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
        ns_value(th, st->st_atim), ns_value(th, st->st_mtim), ns_value(th, st->st_ctim),
        kr_from_smallint(st->st_blksize), kr_int_from_i64(th, st->st_blocks),
        kr_int_from_i64(th, (int64_t)st->st_rdev),
    };
    for (int i = 0; i < 19; i++)
        if (!f[i])
            return KR_VALUE_NULL;
    return kr_posix_structseq_new(th, &kr_posix_stat_result_type, f);
}

/* ---- DirEntry ------------------------------------------------------------------ */

typedef struct DirEntry {
    Obj hdr;
    Value name, path;            /* str or bytes, as the scandir argument */
    Value stat, lstat;           /* cached stat_result or KR_VALUE_NULL */
    int64_t ino;
    int dir_fd;                  /* scandir(fd): names are relative to it; else -1 */
    unsigned char d_type;
} DirEntry;

static DirEntry *as_entry(Value v) { return (DirEntry *)kr_as_obj(v); }

static Value entry_fetch_stat(Thread *th, DirEntry *e, bool follow)
{
    Value *cache = follow ? &e->stat : &e->lstat;
    if (*cache)
        return *cache;
    PathArg p;
    if (kr_posix_path(th, e->path, "stat", "path", false, false, &p) < 0)
        return KR_VALUE_NULL;
    struct stat st;
    int dfd = e->dir_fd >= 0 ? e->dir_fd : AT_FDCWD;
    if (fstatat(dfd, p.c, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) < 0)
        return kr_posix_error(th, e->path);
    *cache = kr_posix_stat_result(th, &st);
    return *cache;
}

static int follow_arg(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                      bool *follow)
{
    ArgSpec s = {name, {"follow_symlinks"}, 0, 0, false};
    Value a[1] = {KR_TRUE};
    if (kr_posix_args(th, &s, args + 1, nargs - 1, kw, a) < 0)
        return -1;
    int t = kr_object_truth(th, a[0]);
    *follow = t > 0;
    return t < 0 ? -1 : 0;
}

static bool is_symlink(DirEntry *e) { return e->d_type == DT_LNK; }

/* is_dir / is_file: from d_type when it is known and no link to follow;
 * otherwise stat, treating a missing file as False (CPython's rule). */
static Value entry_test(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                        unsigned char want, mode_t want_mode)
{
    DirEntry *e = as_entry(args[0]);
    bool follow;
    if (follow_arg(th, name, args, nargs, kw, &follow) < 0)
        return KR_VALUE_NULL;
    if (e->d_type != DT_UNKNOWN && !(follow && is_symlink(e)))
        return kr_from_bool(e->d_type == want);
    Value st = entry_fetch_stat(th, e, follow);
    if (!st) {
        if (kr_err_matches(th, &kr_exc_FileNotFoundError)) {
            kr_err_clear(th);
            return KR_FALSE;
        }
        return KR_VALUE_NULL;
    }
    int64_t mode;
    if (kr_int_as_i64(th, kr_as_tuple(st)->items[0], &mode) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(((mode_t)mode & S_IFMT) == want_mode);
}

static Value entry_is_dir(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    return entry_test(th, args, nargs, kw, "is_dir", DT_DIR, S_IFDIR);
}

static Value entry_is_file(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    return entry_test(th, args, nargs, kw, "is_file", DT_REG, S_IFREG);
}

static Value entry_is_symlink(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "is_symlink", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    DirEntry *e = as_entry(args[0]);
    if (e->d_type != DT_UNKNOWN)
        return kr_from_bool(is_symlink(e));
    Value st = entry_fetch_stat(th, e, false);
    int64_t mode;
    if (!st || kr_int_as_i64(th, kr_as_tuple(st)->items[0], &mode) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(S_ISLNK((mode_t)mode));
}

static Value entry_stat(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    bool follow;
    if (follow_arg(th, "stat", args, nargs, kw, &follow) < 0)
        return KR_VALUE_NULL;
    return entry_fetch_stat(th, as_entry(args[0]), follow);
}

static Value entry_inode(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "inode", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, as_entry(args[0])->ino);
}

static Value entry_fspath(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_call_check_args(th, "__fspath__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return as_entry(args[0])->path;
}

static Value entry_repr(Thread *th, Value self)
{
    Value r = kr_object_repr(th, as_entry(self)->name);
    if (!r)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<DirEntry ");
    kr_str_to_buf(&b, kr_as_str(r));
    kr_buf_putc(&b, '>');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value entry_name(Thread *th, Value self) { return as_entry(self)->name; }
static Value entry_path(Thread *th, Value self) { return as_entry(self)->path; }

static const MethodDef entry_methods[] = {
    {"is_dir", entry_is_dir, "($self, /, *, follow_symlinks=True)", NULL, 0},
    {"is_file", entry_is_file, "($self, /, *, follow_symlinks=True)", NULL, 0},
    {"is_symlink", entry_is_symlink, "($self, /)", NULL, 0},
    {"stat", entry_stat, "($self, /, *, follow_symlinks=True)", NULL, 0},
    {"inode", entry_inode, "($self, /)", NULL, 0},
    {"__fspath__", entry_fspath, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef entry_members[] = {
    {"name", 0, entry_name, NULL, "the entry's base filename, relative to scandir() \"path\" argument", 0},
    {"path", 0, entry_path, NULL, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)", 0},
    {0},
};

static Value entry_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create 'posix.DirEntry' instances");
    return KR_VALUE_NULL;
}

Type kr_posix_direntry_type = {
    .hdr = {&kr_type_type},
    .name = "posix.DirEntry",
    .size = sizeof(DirEntry),
    .flags = KR_TYPE_IMMUTABLE,
    .new_ = entry_new,
    .repr = entry_repr,
    .getattr = kr_object_generic_getattr,
    .methods = entry_methods,
    .members = entry_members,
};

/* ---- the scandir iterator: entries read eagerly, handed out one by one ---- */

typedef struct ScandirIter {
    Obj hdr;
    List *entries;
    int64_t pos;
} ScandirIter;

static Value scandir_next(Thread *th, Value self)
{
    ScandirIter *it = (ScandirIter *)kr_as_obj(self);
    if (!it->entries || it->pos >= it->entries->size)
        return KR_VALUE_NULL;
    return it->entries->items[it->pos++];
}

static Value scandir_self(Thread *th, Value self) { return self; }

static Value scandir_close(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    ((ScandirIter *)kr_as_obj(args[0]))->entries = NULL;
    return KR_NONE;
}

static Value scandir_enter(Thread *th, Value s, const Value *args, size_t nargs, Tuple *kw)
{
    return args[0];
}

static const MethodDef scandir_methods[] = {
    {"close", scandir_close, "($self, /)", NULL, 0},
    {"__enter__", scandir_enter, "($self, /)", NULL, 0},
    {"__exit__", scandir_close, "($self, *args)", NULL, 0},
    {0},
};

static Value scandir_iter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create 'posix.ScandirIterator' instances");
    return KR_VALUE_NULL;
}

Type kr_posix_scandir_iter_type = {
    .hdr = {&kr_type_type},
    .name = "posix.ScandirIterator",
    .size = sizeof(ScandirIter),
    .new_ = scandir_iter_new,
    .flags = KR_TYPE_IMMUTABLE,
    .getattr = kr_object_generic_getattr,
    .iter = scandir_self,
    .next = scandir_next,
    .methods = scandir_methods,
};

/* dir/name, as CPython's join_path_filename ("./name" when no path given). */
static Value join_name(Thread *th, PathArg *dir, struct dirent *d, Value name)
{
    if (dir->fd >= 0)
        return name;
    const char *base = dir->c ? dir->c : ".";
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, base);
    if (b.len && b.data[b.len - 1] != '/')
        kr_buf_putc(&b, '/');
    kr_buf_puts(&b, d->d_name);
    Value r = kr_posix_name(th, b.data, b.len, dir->bytes);
    kr_buf_free(&b);
    return r;
}

static int add_entry(Thread *th, List *l, PathArg *dir, struct dirent *d)
{
    DirEntry *e = kr_gc_alloc(sizeof *e);
    if (!e) {
        kr_err_no_memory(th);
        return -1;
    }
    e->hdr.type = &kr_posix_direntry_type;
    e->name = kr_posix_name(th, d->d_name, strlen(d->d_name), dir->bytes);
    e->path = e->name ? join_name(th, dir, d, e->name) : KR_VALUE_NULL;
    e->ino = (int64_t)d->d_ino;
    e->d_type = d->d_type;
    e->dir_fd = dir->fd;
    return e->path ? kr_list_append(th, l, kr_from_obj(e)) : -1;
}

Value kr_posix_scandir(Thread *th, PathArg *dir)
{
    DIR *d = dir->fd >= 0 ? fdopendir(dup(dir->fd)) : opendir(dir->c ? dir->c : ".");
    if (!d)
        return kr_posix_error(th, dir->c ? dir->obj : KR_VALUE_NULL);
    if (dir->fd >= 0)
        rewinddir(d);
    List *l = kr_list_new(th, 0);
    struct dirent *de;
    while (l && (de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (add_entry(th, l, dir, de) < 0)
            l = NULL;
    }
    closedir(d);
    ScandirIter *it = l ? kr_gc_alloc(sizeof *it) : NULL;
    if (!it)
        return l ? (kr_err_no_memory(th), KR_VALUE_NULL) : KR_VALUE_NULL;
    it->hdr.type = &kr_posix_scandir_iter_type;
    it->entries = l;
    return kr_from_obj(it);
}

int kr_posix_types_init(Thread *th, Dict *md)
{
    static Type *const types[] = {&kr_posix_stat_result_type, &kr_posix_terminal_size_type,
                                  &kr_posix_times_result_type, &kr_posix_uname_result_type,
                                  &kr_posix_direntry_type, &kr_posix_scandir_iter_type};
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++) {
        if (kr_type_ready(th, types[i]) < 0)
            return -1;
        if (i >= 5)
            continue;
        const char *dot = strrchr(types[i]->name, '.');
        Str *name = kr_str_intern_cstr(th, dot + 1);
        if (!name || kr_dict_set_str(th, md, name, kr_from_obj(types[i])) < 0)
            return -1;
    }
    return 0;
}
