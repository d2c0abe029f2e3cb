/*
 * posix.h -- what the posix module's files share: argument parsing in
 * Argument Clinic's words, path arguments, and the struct sequences
 * (posix_types.c).
 */
#ifndef KR_POSIX_H
#define KR_POSIX_H

#include "objects/object.h"

/* A builtin's parameters: names[0..npos) may be positional, the rest are
 * keyword-only; the first nreq are required.  posonly: all positional-only
 * (the "read expected 2 arguments, got 1" family of messages). */
typedef struct ArgSpec {
    const char *name;
    const char *names[8];
    int npos, nreq;
    bool posonly;
} ArgSpec;

/* Fill out[] (caller presets defaults) from a vector call; -1 on error. */
KR_MUST_CHECK int kr_posix_args(Thread *th, const ArgSpec *s, const Value *args, size_t nargs,
                                Tuple *kwnames, Value *out);

/* A converted path argument: the C string to pass to the system call, or
 * fd >= 0 for an integer; obj is what the caller gave (for OSError's
 * filename); bytes says whether results should be bytes. */
typedef struct PathArg {
    const char *c;
    int fd;
    bool bytes;
    Value obj;
    Value data;      /* the bytes (or ASCII str) c points into: keeps it reachable */
} PathArg;

/* Convert v as CPython's path_converter does for function fname, argument
 * arg.  allow_fd: an int is a file descriptor; nullable: None means c=NULL. */
KR_MUST_CHECK int kr_posix_path(Thread *th, Value v, const char *fname, const char *arg,
                                bool allow_fd, bool nullable, PathArg *out);
/* os.fspath(v): str or bytes, via __fspath__. */
KR_MUST_CHECK Value kr_posix_fspath(Thread *th, Value v);
/* A file name from the system, as str (utf-8, surrogateescape) or bytes. */
KR_MUST_CHECK Value kr_posix_name(Thread *th, const char *s, size_t len, bool bytes);
/* A uid or gid argument (what: "uid" or "gid"), -1 meaning unchanged. */
KR_MUST_CHECK int kr_posix_id_arg(Thread *th, Value v, const char *what, uint32_t *out);
/* OSError from errno, with the path object as filename (may be 0). */
Value kr_posix_error(Thread *th, Value filename);

/* The NULL-ended C strings of a tuple or list of paths (execv's argv), and
 * the "KEY=value" strings of an environment mapping; keep holds what they
 * point into.  NULL with an exception. */
const char **kr_posix_string_vector(Thread *th, Value seq, const char *fname, const char *what,
                                    Value *keep);
char **kr_posix_env_vector(Thread *th, const char *fname, Value env, Value *keep);

/* ---- posix_spawn.c: posix_spawn, posix_spawnp and their constants ---- */
struct Module;
KR_MUST_CHECK int kr_posix_spawn_init(Thread *th, struct Module *m);
/* ---- posix_more.c: sessions, ids, scheduling, pread/pwrite, sysconf ... ---- */
KR_MUST_CHECK int kr_posix_more_init(Thread *th, struct Module *m);
/* ---- posix_ext.c: statvfs, readv/preadv/pwritev, sched params and affinity,
 * groups, waitid, eventfd, memfd, sendfile/splice/copy_file_range, xattrs ---- */
KR_MUST_CHECK int kr_posix_ext_init(Thread *th, struct Module *m);
/* An os.sched_param argument ("must have a sched_param object"). */
struct sched_param;
KR_MUST_CHECK int kr_posix_sched_param_arg(Thread *th, Value v, struct sched_param *out);

/* ---- posix_types.c: the struct sequences and DirEntry ---- */
struct stat;
extern Type kr_posix_stat_result_type, kr_posix_terminal_size_type, kr_posix_times_result_type,
    kr_posix_uname_result_type, kr_posix_direntry_type, kr_posix_scandir_iter_type;
KR_MUST_CHECK int kr_posix_types_init(Thread *th, Dict *module_dict);
/* A struct sequence of type t from all its fields (visible, then hidden). */
KR_MUST_CHECK Value kr_posix_structseq_new(Thread *th, Type *t, const Value *fields);
KR_MUST_CHECK Value kr_posix_stat_result(Thread *th, const struct stat *st);
/* A scandir iterator over directory dir (path as given, may be NULL). */
KR_MUST_CHECK Value kr_posix_scandir(Thread *th, PathArg *dir);

#endif
