/*
 * sys_getpath.c -- sys.executable and sys._base_executable, as CPython
 * 3.11's Modules/getpath.py computes them on Linux.
 *
 * The executable is the program as invoked, made absolute, NOT resolved:
 * a virtual environment's bin/python is a symlink to krait, and it must
 * stay itself so that site (lib/_krait_site.py) finds the pyvenv.cfg next
 * to it or one directory up and makes sys.prefix the environment.  With
 * such a pyvenv.cfg naming a home, the base executable is the interpreter
 * the environment was made from.  sys.prefix and friends stay the base
 * installation's here: as in CPython, site moves them (-S leaves them).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/vm.h"

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_exec_file(const char *p)
{
    return is_file(p) && access(p, X_OK) == 0;
}

/* cwd joined with a relative name, "." parts and repeated slashes dropped
 * (".." kept, as CPython's abspath keeps it). */
static void absolute(Buf *out, const char *name)
{
    if (name[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd))
            kr_buf_puts(out, strcmp(cwd, "/") ? cwd : "");
    }
    for (const char *p = name; *p;) {
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n && !(n == 1 && p[0] == '.')) {
            kr_buf_putc(out, '/');
            kr_buf_write(out, p, n);
        }
        p += n + (end != NULL);
    }
}

/* The first PATH directory holding an executable file called name. */
static bool search_path(Buf *out, const char *name)
{
    for (const char *p = getenv("PATH"); p && *p;) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        Buf cand;
        kr_buf_init(&cand);
        kr_buf_write(&cand, p, n);
        kr_buf_printf(&cand, "/%s", name);
        if (is_exec_file(cand.data)) {
            absolute(out, cand.data);
            kr_buf_free(&cand);
            return true;
        }
        kr_buf_free(&cand);
        p = end ? end + 1 : NULL;
    }
    return false;
}

/* argv[0] made absolute, else found on PATH, else -- where CPython would
 * give '' -- the real executable, which still runs krait. */
static void executable(Buf *out, const char *argv0)
{
    if (argv0 && strchr(argv0, '/')) {
        absolute(out, argv0);
        return;
    }
    if (argv0 && *argv0 && search_path(out, argv0))
        return;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    kr_buf_puts(out, exe);
}

/* The value of pyvenv.cfg's "home" key in dir, into home; false if there
 * is no such file or key. */
bool kr_sys_venv_home(const char *dir, Buf *home)
{
    Buf path;
    kr_buf_init(&path);
    kr_buf_printf(&path, "%s/pyvenv.cfg", dir);
    FILE *f = fopen(path.data, "r");
    kr_buf_free(&path);
    if (!f)
        return false;
    char line[4096];
    bool found = false;
    while (!found && fgets(line, sizeof line, f)) {
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        char *k = line, *kend = eq, *v = eq + 1, *vend = eq + strlen(eq);
        while (k < kend && strchr(" \t", *k)) k++;
        while (kend > k && strchr(" \t", kend[-1])) kend--;
        while (*v && strchr(" \t", *v)) v++;
        while (vend > v && strchr(" \t\r\n", vend[-1])) vend--;
        if (kend - k == 4 && strncasecmp(k, "home", 4) == 0) {
            kr_buf_write(home, v, (size_t)(vend - v));
            found = true;
        }
    }
    fclose(f);
    return found;
}

/* In a venv: the resolved executable if it is a link, else the home
 * directory's program of the same name (or krait, python3, python3.11). */
static void base_executable(Buf *out, const char *exe, const char *home)
{
    char *real = realpath(exe, NULL);
    if (real && strcmp(real, exe) != 0) {
        kr_buf_puts(out, real);
        free(real);
        return;
    }
    free(real);
    const char *name = strrchr(exe, '/') + 1;
    const char *const cands[] = {name, "krait", "python3", "python3.11"};
    for (size_t i = 0; i < KR_ARRAY_LEN(cands); i++) {
        out->len = 0;
        kr_buf_printf(out, "%s/%s", home, cands[i]);
        if (is_file(out->data))
            return;
    }
    out->len = 0;
    kr_buf_printf(out, "%s/%s", home, name);
}

/* A buffer's text ("" when nothing was written) */
static const char *text(const Buf *b)
{
    return b->data ? b->data : "";
}

static int set_str(Thread *th, Module *m, const char *name, const char *value)
{
    Str *k = kr_str_intern_cstr(th, name), *v = kr_str_from_cstr(th, value);
    return k && v ? kr_dict_set_str(th, m->dict, k, kr_from_obj(v)) : -1;
}

int kr_mod_sys_set_executable(Thread *th, Module *m, const KrCmdline *cl)
{
    Buf exe, home, base;
    kr_buf_init(&exe);
    kr_buf_init(&home);
    kr_buf_init(&base);
    executable(&exe, cl->orig_argc ? cl->orig_argv[0] : NULL);
    /* $PYTHONHOME turns venv detection off, as in getpath */
    const char *pyhome = cl->ignore_environment ? NULL : getenv("PYTHONHOME");
    char *dir = strdup(text(&exe)), *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    bool venv = false;
    if (!(pyhome && *pyhome) && slash) {
        char *up = strdup(dir), *s = strrchr(up, '/');
        if (s)
            *s = 0;
        venv = (kr_sys_venv_home(up, &home) || kr_sys_venv_home(dir, &home)) && home.data;
        free(up);
    }
    if (venv)
        base_executable(&base, text(&exe), home.data);
    int r = set_str(th, m, "executable", text(&exe)) < 0 ||
                    set_str(th, m, "_base_executable", text(venv ? &base : &exe)) < 0
                ? -1 : 0;
    free(dir);
    kr_buf_free(&exe);
    kr_buf_free(&home);
    kr_buf_free(&base);
    return r;
}
