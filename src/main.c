/*
 * main.c -- the `krait` command line, shaped like python3's.
 *
 *   krait FILE [ARGS...]        run a program
 *   krait -c CODE [ARGS...]     run a string
 *   krait -m MODULE [ARGS...]   run a module (or a package's __main__) as
 *                               __main__, as runpy does
 *   krait -X dump-ast FILE      print FILE's AST exactly as python3.11's
 *                               ast.dump(ast.parse(...), include_attributes=True)
 *   krait -X parse-bench FILE...  parse every FILE in this process and report
 *                               the time spent parsing (files are read first)
 *
 *   krait -X dis FILE           compile FILE and print its bytecode (vm/disasm.c)
 *
 * Running a program: parse (a SyntaxError is printed as CPython prints it),
 * compile (symbol table and code generation), then run the code as
 * __main__ in a fresh VM.  stdout is fully buffered and flushed on every
 * way out, including uncaught exceptions.
 */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/buf.h"
#include "parse/parse.h"
#include "compile/symtable.h"
#include "compile/compile.h"
#include "core/state.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/errors.h"
#include "vm/opcodes.h"
#include "vm/vm.h"
#include "modules/modules.h"
#include "modules/sys.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b;
    kr_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kr_buf_write(&b, chunk, n);
    if (f != stdin)
        fclose(f);
    *len = b.len;
    if (!b.data) {
        b.data = malloc(1);
        if (!b.data)
            kr_fatal("out of memory");
        b.data[0] = '\0';
    }
    return b.data;
}

static int cant_open(const char *prog, const char *path)
{
    int e = errno;
    fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, path, e, strerror(e));
    return 2;
}

static void print_parse_error(const char *filename, const SyntaxErr *err)
{
    fflush(stdout);
    kr_diag_print(stderr, filename, err);
}

static int dump_ast(const char *prog, const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return cant_open(prog, path);
    Arena *arena = kr_arena_new();
    ParseResult r = kr_parse_source(arena, src, len, true, path, PARSE_FILE);
    int status = 0;
    if (r.mod) {
        Buf out;
        kr_buf_init(&out);
        kr_ast_dump_mod(&out, r.mod);
        kr_buf_putc(&out, '\n');
        fwrite(out.data, 1, out.len, stdout);
        kr_buf_free(&out);
    } else {
        print_parse_error(path, &r.err);
        status = 1;
    }
    kr_arena_free(arena);
    free(src);
    return status;
}

/* -X dump-symtable: the symbol tables in tools/symcheck.py's canonical text
 * (see kr_sym_dump), or the error the symbol table pass raises. */
static int dump_symtable(const char *prog, const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return cant_open(prog, path);
    Arena *arena = kr_arena_new();
    ParseResult r = kr_parse_source(arena, src, len, true, path, PARSE_FILE);
    int status = 1;
    if (!r.mod) {
        print_parse_error(path, &r.err);
    } else {
        SymResult s = kr_sym_build(arena, r.mod, path, src, len, 0);
        Buf out;
        kr_buf_init(&out);
        if (s.st) {
            kr_sym_dump(&out, s.st);
            status = 0;
        } else if (s.error == SYMERR_RECURSION) {
            const char *msg = "RecursionError: maximum recursion depth exceeded during "
                              "compilation\n";
            kr_buf_printf(&out, "error %s", msg);
            fputs(msg, stderr);
        } else {
            const SyntaxErr *e = &s.err;
            kr_buf_printf(&out, "error %s: %s (%d, %d, %d, %d)\n", kr_diag_kind_name(e->kind),
                          e->msg, e->lineno, e->offset, e->end_lineno, e->end_offset);
            print_parse_error(path, e);
        }
        fwrite(out.data, 1, out.len, stdout);
        kr_buf_free(&out);
    }
    kr_arena_free(arena);
    free(src);
    return status;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Issue 3's benchmark: parse many files in one process, timing only the
 * parsing (reading is done up front, as the python3.11 side does). */
static int parse_bench(const char *prog, int nfiles, char **paths)
{
    char **srcs = calloc((size_t)nfiles, sizeof *srcs);
    size_t *lens = calloc((size_t)nfiles, sizeof *lens);
    if (!srcs || !lens)
        kr_fatal("out of memory");
    for (int i = 0; i < nfiles; i++) {
        srcs[i] = read_file(paths[i], &lens[i]);
        if (!srcs[i])
            return cant_open(prog, paths[i]);
    }
    int errors = 0;
    size_t arena_bytes = 0;
    double t0 = now();
    for (int i = 0; i < nfiles; i++) {
        Arena *arena = kr_arena_new();
        ParseResult r = kr_parse_source(arena, srcs[i], lens[i], true, paths[i], PARSE_FILE);
        if (!r.mod)
            errors++;
        arena_bytes += kr_arena_used(arena);
        kr_arena_free(arena);
    }
    double t = now() - t0;
    printf("%d files, %d errors, %.6f seconds, %zu arena bytes\n", nfiles, errors, t,
           arena_bytes);
    for (int i = 0; i < nfiles; i++)
        free(srcs[i]);
    free(srcs);
    free(lens);
    return 0;
}

/* The script's path as CPython 3.11 records it for __main__ and prints in
 * tracebacks and SyntaxErrors: the cwd joined to the path as given, with no
 * normalisation ("./x.py" -> "/cwd/./x.py"), symlinks kept.  malloc'ed. */
static char *abspath(const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || strcmp(path, "-") == 0 || !getcwd(cwd, sizeof cwd))
        return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (r)
        snprintf(r, n, "%s/%s", strcmp(cwd, "/") == 0 ? "" : cwd, path);
    return r;
}

/* Compile a file into a Code, printing any error as CPython would.
 * Returns the exit status to use when *out is NULL. */
/* Compile src[0..len) (raw file bytes if is_bytes, else UTF-8 text, as
 * for -c) under the name tracebacks will show, printing any error as
 * CPython would.  Returns the exit status to use when *out is NULL. */
static int compile_source(Thread *th, const char *name, const char *src, size_t len,
                          bool is_bytes, Code **out)
{
    *out = NULL;
    Arena *arena = kr_arena_new();
    ParseResult r = kr_parse_source(arena, src, len, is_bytes, name, PARSE_FILE);
    int status = 0;
    if (kr_vm_parse_warnings(th, r.warnings, name) < 0) {
        kr_vm_print_exception(th, kr_err_fetch(th));
        status = 1;
    } else if (!r.mod) {
        print_parse_error(name, &r.err);
        status = 1;
    } else {
        SyntaxErr err;
        memset(&err, 0, sizeof err);
        CompileStatus cs = kr_compile_module(th, arena, r.mod, name, src, len, out, &err);
        if (cs == COMPILE_SYNTAX_ERROR) {
            print_parse_error(name, &err);
            status = 1;
        } else if (cs == COMPILE_RECURSION) {
            fflush(stdout);
            fputs("RecursionError: maximum recursion depth exceeded during compilation\n", stderr);
            status = 1;
        } else if (cs == COMPILE_ERROR) {
            kr_vm_print_exception(th, kr_err_fetch(th));
            status = 1;
        }
    }
    kr_arena_free(arena);
    return status;
}

/* Compile a file (or stdin for "-"); the name shown is CPython's: the
 * absolute path, or "<stdin>". */
static int compile_file(Thread *th, const char *prog, const char *path, bool skip_first_line,
                        Code **out)
{
    *out = NULL;
    bool is_stdin = strcmp(path, "-") == 0;
    char *full = is_stdin ? NULL : abspath(path);
    const char *name = is_stdin ? "<stdin>" : full ? full : path;
    size_t len;
    char *src = read_file(path, &len);
    int status;
    /* -x: the first line is not Python (a DOS launcher line, say); it is
     * blanked, so the others keep their numbers, as in CPython. */
    for (size_t i = 0; src && skip_first_line && i < len && src[i] != '\n'; i++)
        src[i] = ' ';
    if (!src)
        status = cant_open(prog, name);
    else
        status = compile_source(th, name, src, len, true, out);
    free(full);
    free(src);
    return status;
}

/* ---- the command line ---------------------------------------------------------------- *
 *
 * CPython's options (Python/getopt.c): short flags combine ("-IS"), an
 * option taking an argument takes the rest of its word or the next word
 * ("-Wd", "-W d"), -c and -m end the options (what follows is sys.argv),
 * "--" ends them too, and "-" alone is the program read from stdin.  What
 * the flags mean for sys is applied by kr_mod_sys_configure (sys.c).
 */

typedef enum { RUN_FILE, RUN_COMMAND, RUN_MODULE, RUN_STDIN } RunKind;

typedef struct Launch {
    RunKind kind;
    const char *target;       /* file, command or module name */
    int argc;                 /* sys.argv, before -c/-m replace argv[0] */
    char **argv;
    bool skip_first_line;     /* -x */
    int version;              /* -V given this many times */
    bool help;
    const char *tool;         /* -X dump-ast and the other krait tools */
} Launch;

static int bad_usage(const char *prog, const char *fmt, const char *what)
{
    fprintf(stderr, fmt, what);
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `python -h' for more information.\n", prog);
    return 2;
}

/* -X name[=value]: krait's own tools are krait's; the rest go to sys._xoptions. */
static void x_option(KrCmdline *cl, Launch *l, const char *x)
{
    static const char *const tools[] = {"dump-ast", "dump-symtable", "parse-bench", "dis"};
    for (size_t i = 0; i < KR_ARRAY_LEN(tools); i++)
        if (strcmp(x, tools[i]) == 0) {
            l->tool = x;
            return;
        }
    cl->xoptions[cl->nxoptions++] = x;
    if (strcmp(x, "dev") == 0)
        cl->dev_mode = 1;
    else if (strcmp(x, "utf8") == 0 || strcmp(x, "utf8=1") == 0 || strcmp(x, "utf8=0") == 0) {
        cl->utf8_mode = strcmp(x, "utf8=0") != 0;
        cl->utf8_set = true;
    }
    else if (strncmp(x, "int_max_str_digits=", 19) == 0)
        cl->int_max_str_digits = atoi(x + 19);
    else if (strcmp(x, "warn_default_encoding") == 0)
        cl->warn_default_encoding = 1;
}

/* One flag letter without an argument.  False if it is not one. */
static bool flag_option(KrCmdline *cl, Launch *l, char c)
{
    switch (c) {
    case 'b': cl->bytes_warning++; break;
    case 'B': cl->dont_write_bytecode = 1; break;
    case 'd': cl->debug++; break;
    case 'E': cl->ignore_environment = 1; break;
    case 'i': cl->inspect = cl->interactive = 1; break;
    case 'I': cl->isolated = cl->ignore_environment = cl->no_user_site = cl->safe_path = 1; break;
    case 'O': cl->optimize++; break;
    case 'P': cl->safe_path = 1; break;
    case 'q': cl->quiet = 1; break;
    case 'R': break;                    /* hash randomization is on anyway */
    case 's': cl->no_user_site = 1; break;
    case 'S': cl->no_site = 1; break;
    case 'u': cl->unbuffered = 1; break;
    case 'v': cl->verbose++; break;
    case 'x': l->skip_first_line = true; break;
    case 'V': l->version++; break;
    case 'h': case '?': l->help = true; break;
    default: return false;
    }
    return true;
}

/* Parse argv into cl and l.  -1: go on; else the exit status. */
static int parse_options(int argc, char **argv, KrCmdline *cl, Launch *l)
{
    const char *prog = argv[0];
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0)
            break;                              /* the script, or "-" */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            l->version++;
            continue;
        }
        if (strcmp(a, "--help") == 0) {
            l->help = true;
            continue;
        }
        if (a[1] == '-')
            return bad_usage(prog, "unknown option %s\n", a);
        for (const char *p = a + 1; *p; p++) {
            if (flag_option(cl, l, *p))
                continue;
            char opt[3] = {'-', *p, 0};
            if (!strchr("cmWX", *p))
                return bad_usage(prog, "Unknown option: %s\n", opt);
            const char *arg = p[1] ? p + 1 : i + 1 < argc ? argv[++i] : NULL;
            if (!arg)
                return bad_usage(prog, "Argument expected for the %s option\n", opt);
            if (*p == 'c' || *p == 'm') {
                l->kind = *p == 'c' ? RUN_COMMAND : RUN_MODULE;
                l->target = arg;
                l->argc = argc - i;             /* argv[0] becomes "-c" / "-m" */
                l->argv = argv + i;
                return -1;
            }
            if (*p == 'W')
                cl->warnoptions[cl->nwarnoptions++] = arg;
            else
                x_option(cl, l, arg);
            break;
        }
    }
    if (i >= argc || strcmp(argv[i], "-") == 0) {
        l->kind = RUN_STDIN;
        l->target = "-";
    } else {
        l->kind = RUN_FILE;
        l->target = argv[i];
    }
    l->argc = i >= argc ? 0 : argc - i;
    l->argv = argv + i;
    return -1;
}

/* What the environment adds, unless -E or -I. */
static void read_environment(KrCmdline *cl)
{
    if (cl->ignore_environment)
        return;
    const char *v;
    if ((v = getenv("PYTHONUNBUFFERED")) && *v)
        cl->unbuffered = 1;
    if ((v = getenv("PYTHONSAFEPATH")) && *v)
        cl->safe_path = 1;
    if ((v = getenv("PYTHONNOUSERSITE")) && *v)
        cl->no_user_site = 1;
    if ((v = getenv("PYTHONDONTWRITEBYTECODE")) && *v)
        cl->dont_write_bytecode = 1;
    if ((v = getenv("PYTHONINTMAXSTRDIGITS")) && *v && cl->int_max_str_digits < 0)
        cl->int_max_str_digits = atoi(v);
    if ((v = getenv("PYTHONDEVMODE")) && *v)
        cl->dev_mode = 1;
}

/* LC_CTYPE from the environment, as CPython's start-up sets it; the
 * legacy C/POSIX locale is coerced to a UTF-8 one (PEP 538) unless LC_ALL
 * is set or PYTHONCOERCECLOCALE=0, exporting LC_CTYPE so child processes
 * agree.  krait's own text handling is UTF-8 either way; this is what
 * locale.setlocale() reports and what the C library's wide-character
 * functions (strcoll, nl_langinfo) use.  The other categories stay "C". */
static void init_locale(KrCmdline *cl)
{
    const char *loc = setlocale(LC_CTYPE, "");
    bool legacy = !loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0;
    /* sys.flags.utf8_mode (PEP 540): -X utf8, else PYTHONUTF8, else on
     * for the legacy locale */
    const char *utf8 = cl->ignore_environment ? NULL : getenv("PYTHONUTF8");
    if (!cl->utf8_set)
        cl->utf8_mode = utf8 && *utf8 ? strcmp(utf8, "0") != 0 : legacy;
    if (!legacy)
        return;
    const char *all = getenv("LC_ALL");
    const char *coerce = cl->ignore_environment ? NULL : getenv("PYTHONCOERCECLOCALE");
    if ((all && *all) || (coerce && strcmp(coerce, "0") == 0))
        return;
    static const char *const targets[] = {"C.UTF-8", "C.utf8", "UTF-8"};
    for (size_t i = 0; i < KR_ARRAY_LEN(targets); i++)
        if (setlocale(LC_CTYPE, targets[i])) {
            setenv("LC_CTYPE", targets[i], 1);
            return;
        }
}

/* sys.warnoptions in CPython's order, lowest precedence first (the
 * warnings module lets later filters win): -X dev's "default", then
 * PYTHONWARNINGS, then -W, then -b's BytesWarning action. */
static int order_warnoptions(KrCmdline *cl)
{
    const char *env = cl->ignore_environment ? NULL : getenv("PYTHONWARNINGS");
    int max = cl->nwarnoptions + 2 + (env ? (int)strlen(env) + 1 : 0);
    const char **w = calloc((size_t)max, sizeof *w);
    if (!w)
        return -1;
    int n = 0;
    if (cl->dev_mode)
        w[n++] = "default";
    char *copy = env ? strdup(env) : NULL;
    for (char *save = NULL, *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok;
         tok = strtok_r(NULL, ",", &save))
        w[n++] = tok;
    for (int i = 0; i < cl->nwarnoptions; i++)
        w[n++] = cl->warnoptions[i];
    if (cl->bytes_warning)
        w[n++] = cl->bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning";
    cl->warnoptions = w;
    cl->nwarnoptions = n;
    return 0;
}

static Thread *start_vm(const KrCmdline *cl)
{
    /* Python's stdout is block-buffered when not a terminal (flushed at
     * exit), unbuffered under -u. */
    static char outbuf[1 << 16];
    if (cl->unbuffered)
        setvbuf(stdout, NULL, _IONBF, 0);
    else
        setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    /* As CPython: a write to a closed pipe is an OSError (EPIPE), not death. */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    Thread *th = kr_vm_new();
    if (!th) {
        fputs("krait: cannot initialise the VM (out of memory)\n", stderr);
        exit(1);
    }
    if (cl->unbuffered)
        kr_mod__io_std_unbuffered(th);  /* sys.stdout/stderr write through */
    return th;
}

/* sys as the command line says, then -- unless -S -- krait's site
 * (lib/_krait_site.py: the site directories, .pth files, exit() and
 * friends).  Returns false after printing an error. */
static bool set_up_sys(Thread *th, const KrCmdline *cl, const char *script, int argc,
                       char **argv)
{
    char *empty = "";
    char *no_args[] = {empty};
    if (kr_vm_set_script_path(th, script) < 0 ||
        kr_vm_set_argv(th, argc ? argc : 1, argc ? argv : no_args) < 0 ||
        kr_mod_sys_configure(th, cl) < 0) {
        kr_vm_print_exception(th, kr_err_fetch(th));
        return false;
    }
    /* -W and PYTHONWARNINGS take effect at once, also for the warnings
     * compiling the script gives: warnings.py applies them when imported,
     * which CPython does at start-up when there are any */
    Str *wn = cl->nwarnoptions ? kr_str_intern_cstr(th, "warnings") : NULL;
    if (wn && !kr_vm_import(th, wn, false)) {
        kr_vm_print_exception(th, kr_err_fetch(th));
        return false;
    }
    /* once sys.path is set: a codec may be a module to import */
    const char *ioenc = cl->ignore_environment ? NULL : getenv("PYTHONIOENCODING");
    if (ioenc && kr_mod__io_std_encoding(th, ioenc) < 0) {
        fputs("Fatal Python error: init_stdio_encoding: failed to get the Python codec name "
              "of the stdio encoding\nPython runtime state: core initialized\n", stderr);
        Value e = kr_err_fetch(th);
        if (kr_is_exc(e))
            ((Exc *)kr_as_obj(e))->traceback = KR_NONE;    /* the error line alone */
        kr_vm_print_exception(th, e);
        return false;
    }
    if (cl->no_site)
        return true;
    Str *site = kr_str_intern_cstr(th, "_krait_site");
    if (!site || !kr_vm_import(th, site, false)) {
        kr_vm_print_exception(th, kr_err_fetch(th));
        return false;
    }
    return true;
}

static int finish(Thread *th, int status)
{
    kr_mod__io_flush(th);
    fflush(stdout);
    return status;
}

static int run_file(const char *prog, const KrCmdline *cl, const Launch *l)
{
    Thread *th = start_vm(cl);
    /* For stdin, as for -c, sys.path[0] is '' (the current directory). */
    bool is_stdin = l->kind == RUN_STDIN;
    char *full = is_stdin ? strdup("-") : abspath(l->target);
    if (!full)
        return 1;
    bool ok = set_up_sys(th, cl, full, l->argc, l->argv);
    free(full);
    if (!ok)
        return finish(th, 1);
    Code *code;
    int status = compile_file(th, prog, l->target, l->skip_first_line, &code);
    if (code)
        status = kr_vm_run_main(th, code);
    return finish(th, status);
}

/* krait -c CODE [ARGS...]: sys.argv = ['-c', ARGS...], the code is a str
 * (a coding cookie in it is ignored), tracebacks say "<string>". */
static int run_command(const KrCmdline *cl, const Launch *l)
{
    Thread *th = start_vm(cl);
    char *dash_c = "-c";
    l->argv[0] = dash_c;
    if (!set_up_sys(th, cl, "-c", l->argc, l->argv))
        return finish(th, 1);
    Code *compiled;
    int status = compile_source(th, "<string>", l->target, strlen(l->target), false, &compiled);
    if (compiled)
        status = kr_vm_run_main(th, compiled);
    return finish(th, status);
}

/* krait -m MODULE [ARGS...]: as CPython, runpy._run_module_as_main(MODULE)
 * in __main__, with sys.argv[0] '-m' until runpy sets it to the module's
 * file, and the current directory first on sys.path. */
static int run_module(const KrCmdline *cl, const Launch *l)
{
    Thread *th = start_vm(cl);
    char *dash_m = "-m";
    l->argv[0] = dash_m;
    char cwd[4096];
    Buf where;
    kr_buf_init(&where);
    kr_buf_printf(&where, "%s/-m", getcwd(cwd, sizeof cwd) ? cwd : "");
    bool ok = set_up_sys(th, cl, where.data, l->argc, l->argv);
    kr_buf_free(&where);
    if (!ok)
        return finish(th, 1);
    Buf src;
    kr_buf_init(&src);
    kr_buf_puts(&src, "__import__('runpy')._run_module_as_main(b'");
    for (const char *p = l->target; *p; p++)      /* the name, as escaped UTF-8 bytes */
        kr_buf_printf(&src, "\\x%02x", (unsigned char)*p);
    kr_buf_puts(&src, "'.decode(), True)\n");
    Code *compiled;
    int status = compile_source(th, "<frozen runpy>", src.data, src.len, false, &compiled);
    kr_buf_free(&src);
    if (compiled)
        status = kr_vm_run_main(th, compiled);
    return finish(th, status);
}

static int dis_file(const char *prog, const char *path)
{
    KrCmdline none = {0};
    Thread *th = start_vm(&none);
    Code *code;
    int status = compile_file(th, prog, path, false, &code);
    if (code) {
        Buf out;
        kr_buf_init(&out);
        kr_disasm(th, code, &out);
        fwrite(out.data, 1, out.len, stdout);
        kr_buf_free(&out);
    }
    fflush(stdout);
    return status;
}

static int run_tool(const char *prog, const Launch *l)
{
    if (l->kind != RUN_FILE) {
        fprintf(stderr, "usage: %s -X dump-ast | dump-symtable | parse-bench | dis FILE ...\n", prog);
        return 2;
    }
    if (strcmp(l->tool, "dump-ast") == 0)
        return dump_ast(prog, l->target);
    if (strcmp(l->tool, "dump-symtable") == 0)
        return dump_symtable(prog, l->target);
    if (strcmp(l->tool, "parse-bench") == 0)
        return parse_bench(prog, l->argc, l->argv);
    return dis_file(prog, l->target);
}

static const char help_text[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options (krait follows CPython 3.11's):\n"
    "-b, -B, -d, -E, -h, -i, -I, -O, -OO, -P, -q, -s, -S, -u, -v, -V, -x,\n"
    "-W arg, -X opt, -c cmd, -m mod, file, -, --help, --version\n"
    "krait's tools: -X dump-ast FILE, -X dump-symtable FILE, -X dis FILE,\n"
    "-X parse-bench FILE...\n";

#if defined(__SANITIZE_ADDRESS__)
/* The ASan build never checks for leaks: LeakSanitizer cannot see the
 * pointers the collector's heap holds, so it would report what the
 * collector owns.  Compiled in, rather than left to ASAN_OPTIONS, so that
 * programs krait starts with an environment of their own (os.execve, a
 * subprocess with env=) run the same. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
#endif

int main(int argc, char **argv)
{
    const char *prog = argv[0];
    const char **opts = calloc((size_t)argc + 1, sizeof *opts * 2);
    if (!opts)
        kr_fatal("out of memory");
    char **orig = malloc(sizeof *orig * ((size_t)argc + 1));   /* argv[i] may be replaced */
    if (!orig)
        kr_fatal("out of memory");
    memcpy(orig, argv, sizeof *orig * ((size_t)argc + 1));
    KrCmdline cl = {.hash_randomization = 1, .int_max_str_digits = -1,
                    .orig_argc = argc, .orig_argv = orig,
                    .warnoptions = opts, .xoptions = opts + argc + 1};
    Launch l = {0};
    int status = parse_options(argc, argv, &cl, &l);
    if (status >= 0)
        return status;
    if (l.help) {
        printf(help_text, prog);
        return 0;
    }
    if (l.version) {
        /* -VV adds the build line, as sys.version */
        printf("Python 3.11.2%s\n", l.version > 1 ? " (krait, " __DATE__ ") [GCC " __VERSION__ "]" : "");
        return 0;
    }
    if (l.tool)
        return run_tool(prog, &l);
    read_environment(&cl);
    init_locale(&cl);
    /* before the VM: its first interned name is hashed under this key */
    if (kr_str_hash_seed(cl.ignore_environment ? NULL : getenv("PYTHONHASHSEED"),
                         &cl.hash_randomization) < 0) {
        fputs("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" "
              "or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n",
              stderr);
        return 1;
    }
    if (cl.int_max_str_digits > 0 && cl.int_max_str_digits < 640) {
        fputs("Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: "
              "invalid limit; must be >= 640 or 0 for unlimited.\n"
              "Python runtime state: preinitialized\n\n", stderr);
        return 1;
    }
    if (order_warnoptions(&cl) < 0)
        kr_fatal("out of memory");
    if (l.kind == RUN_COMMAND)
        return run_command(&cl, &l);
    if (l.kind == RUN_MODULE)
        return run_module(&cl, &l);
    return run_file(prog, &cl, &l);
}
