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
#include "vm/errors.h"
#include "vm/opcodes.h"
#include "vm/vm.h"
#include "modules/modules.h"

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
    if (!r.mod) {
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
static int compile_file(Thread *th, const char *prog, const char *path, Code **out)
{
    *out = NULL;
    bool is_stdin = strcmp(path, "-") == 0;
    char *full = is_stdin ? NULL : abspath(path);
    const char *name = is_stdin ? "<stdin>" : full ? full : path;
    size_t len;
    char *src = read_file(path, &len);
    int status;
    if (!src)
        status = cant_open(prog, name);
    else
        status = compile_source(th, name, src, len, true, out);
    free(full);
    free(src);
    return status;
}

/* -B: the one option that changes the VM's set-up (vm/pyc.c). */
static bool opt_dont_write_bytecode;

static Thread *start_vm(void)
{
    /* Python's stdout is block-buffered when not a terminal; flushed at exit. */
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    /* As CPython: a write to a closed pipe is an OSError (EPIPE), not death. */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    Thread *th = kr_vm_new();
    if (!th || (opt_dont_write_bytecode && kr_vm_dont_write_bytecode(th) < 0)) {
        fputs("krait: cannot initialise the VM (out of memory)\n", stderr);
        exit(1);
    }
    return th;
}

static int run_file(const char *prog, const char *path, int argc, char **argv)
{
    Thread *th = start_vm();
    /* For stdin, as for -c, sys.path[0] is '' (the current directory). */
    char *full = strcmp(path, "-") == 0 ? strdup("-") : abspath(path);
    if (!full || kr_vm_set_script_path(th, full) < 0 || kr_vm_set_argv(th, argc, argv) < 0) {
        fputs("krait: out of memory at start-up\n", stderr);
        return 1;
    }
    free(full);
    Code *code;
    int status = compile_file(th, prog, path, &code);
    if (code)
        status = kr_vm_run_main(th, code);
    kr_mod__io_flush(th);
    fflush(stdout);
    return status;
}

/* krait -c CODE [ARGS...]: sys.argv = ['-c', ARGS...], the code is a str
 * (a coding cookie in it is ignored), tracebacks say "<string>". */
static int run_command(const char *code, int argc, char **argv)
{
    Thread *th = start_vm();
    char *dash_c = "-c";
    argv[0] = dash_c;
    if (kr_vm_set_script_path(th, "-c") < 0 || kr_vm_set_argv(th, argc, argv) < 0) {
        fputs("krait: out of memory at start-up\n", stderr);
        return 1;
    }
    Code *compiled;
    int status = compile_source(th, "<string>", code, strlen(code), false, &compiled);
    if (compiled)
        status = kr_vm_run_main(th, compiled);
    kr_mod__io_flush(th);
    fflush(stdout);
    return status;
}

/* krait -m MODULE [ARGS...], runpy's _run_module_as_main in a few lines:
 * runpy itself needs importlib, which krait's native import system does
 * not provide.  The module is located as the importer would (its parent
 * package is imported first), then its source runs in __main__'s
 * namespace with sys.argv[0] = its file and sys.path[0] = the current
 * directory.  The helper removes itself from __main__ before running. */
static const char run_module_src[] =
    "def _krait_run_module(name):\n"
    "    import sys, posix\n"
    "    sys.path[0] = posix.getcwd()\n"
    "    del globals()['_krait_run_module']\n"
    "    def fail(msg):\n"
    "        raise SystemExit('%s: %s' % (sys.executable, msg))\n"
    "    def find(name, must=True):\n"
    "        parent, _, leaf = name.rpartition('.')\n"
    "        path = sys.path\n"
    "        if parent:\n"
    "            try:\n"
    "                pkg = __import__(parent, fromlist=['_'])\n"
    "            except ImportError as e:\n"
    "                fail('Error while finding module specification for %r (%s: %s)'\n"
    "                     % (name, type(e).__name__, e))\n"
    "            path = getattr(pkg, '__path__', None)\n"
    "            if path is None:\n"
    "                fail('Error while finding module specification for %r (ModuleNotFoundError: '\n"
    "                     '__path__ attribute not found on %r while trying to find %r)'\n"
    "                     % (name, parent, name))\n"
    "        for d in path:\n"
    "            base = (d or '.') + '/' + leaf\n"
    "            for f, is_pkg in ((base + '/__init__.py', True), (base + '.py', False)):\n"
    "                try:\n"
    "                    posix.stat(f)\n"
    "                except OSError:\n"
    "                    continue\n"
    "                if is_pkg:\n"
    "                    return None, parent\n"
    "                return f, parent\n"
    "        if must:\n"
    "            fail('No module named %s' % name)\n"
    "        return None, None\n"
    "    f, package = find(name)\n"
    "    if f is None:\n"
    "        __import__(name)\n"
    "        f, package = find(name + '.__main__', False)\n"
    "        if f is None:\n"
    "            fail(\"No module named %s.__main__; '%s' is a package and cannot be \"\n"
    "                 'directly executed' % (name, name))\n"
    "        name = name + '.__main__'\n"
    "    with open(f, 'rb') as src:\n"
    "        code = compile(src.read(), f, 'exec')\n"
    "    sys.argv[0] = f\n"
    "    g = globals()\n"
    "    g.update(__name__='__main__', __file__=f, __package__=package, __cached__=None)\n"
    "    exec(code, g)\n";

static int run_module(const char *name, int argc, char **argv)
{
    Thread *th = start_vm();
    char *dash_m = "-m";
    argv[0] = dash_m;
    if (kr_vm_set_script_path(th, "-c") < 0 || kr_vm_set_argv(th, argc, argv) < 0) {
        fputs("krait: out of memory at start-up\n", stderr);
        return 1;
    }
    Buf src;
    kr_buf_init(&src);
    kr_buf_puts(&src, run_module_src);
    kr_buf_puts(&src, "_krait_run_module(b'");
    for (const char *p = name; *p; p++)      /* name, as escaped UTF-8 bytes */
        kr_buf_printf(&src, "\\x%02x", (unsigned char)*p);
    kr_buf_puts(&src, "'.decode())\n");
    Code *compiled;
    int status = compile_source(th, "<frozen runpy>", src.data, src.len, false, &compiled);
    kr_buf_free(&src);
    if (compiled)
        status = kr_vm_run_main(th, compiled);
    kr_mod__io_flush(th);
    fflush(stdout);
    return status;
}

static int dis_file(const char *prog, const char *path)
{
    Thread *th = start_vm();
    Code *code;
    int status = compile_file(th, prog, path, &code);
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

static int usage(const char *prog)
{
    fprintf(stderr, "usage: %s [-X dump-ast | -X dump-symtable | -X parse-bench | -X dis] file ...\n", prog);
    return 2;
}

int main(int argc, char **argv)
{
    const char *prog = argv[0];
    int i = 1;
    const char *xopt = NULL;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                return 2;
            }
            return run_command(argv[i + 1], argc - i - 1, argv + i + 1);
        }
        if (strncmp(argv[i], "-m", 2) == 0) {
            const char *mod = argv[i][2] ? argv[i] + 2 : i + 1 < argc ? argv[++i] : NULL;
            if (!mod) {
                fprintf(stderr, "Argument expected for the -m option\n");
                return 2;
            }
            return run_module(mod, argc - i, argv + i);
        }
        if (strcmp(argv[i], "-B") == 0)
            opt_dont_write_bytecode = true;
        else if (strcmp(argv[i], "-X") == 0 && i + 1 < argc)
            xopt = argv[++i];
        else if (strncmp(argv[i], "-X", 2) == 0 && argv[i][2])
            xopt = argv[i] + 2;
        else
            return usage(prog);
    }
    if (i >= argc) {
        if (xopt)
            return usage(prog);
        /* No script: read the program from stdin, as python3 does when
         * stdin is not a terminal (there is no REPL yet). */
        char *empty = "";
        char *args[] = {empty, NULL};   /* sys.argv == [''], as CPython */
        return run_file(prog, "-", 1, args);
    }
    if (xopt && strcmp(xopt, "dump-ast") == 0)
        return dump_ast(prog, argv[i]);
    if (xopt && strcmp(xopt, "dump-symtable") == 0)
        return dump_symtable(prog, argv[i]);
    if (xopt && strcmp(xopt, "parse-bench") == 0)
        return parse_bench(prog, argc - i, argv + i);
    if (xopt && strcmp(xopt, "dis") == 0)
        return dis_file(prog, argv[i]);
    return run_file(prog, argv[i], argc - i, argv + i);
}
