/*
 * exceptions.c -- raising, matching, the exception table, and printing
 * uncaught exceptions.
 *
 * The exception table (objects/code.h: ExcEntry) is searched linearly:
 * it runs only when an exception is raised, tables are short, and rows
 * come innermost-first (compile/emit.c), so the first covering row is the
 * right handler.
 *
 * The printer reproduces CPython 3.11's default excepthook: the chain of
 * __cause__ / __context__ first, each with its "Traceback (most recent
 * call last):" block, File/line/function lines and the stripped source
 * line, then "Type: message".  Source lines are read from the file when
 * printing, as CPython's linecache does.  The caret lines of 3.11 (^^^^)
 * are not printed yet.
 */
#include "vm/vm.h"

#include <stdio.h>
#include <string.h>

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

const ExcEntry *kr_vm_find_handler(const Code *code, uint32_t pc)
{
    for (uint32_t i = 0; i < code->nexc; i++) {
        const ExcEntry *e = &code->exctable[i];
        if (pc >= e->start && pc < e->end)
            return e;
    }
    return NULL;
}

void kr_vm_chain_context(Thread *th, Value exc)
{
    Value h = th->handled;
    if (!h || h == KR_NONE || h == exc || !kr_is_exc(exc))
        return;
    Exc *e = (Exc *)kr_as_obj(exc);
    if (e->context != KR_NONE)
        return;
    /* Break a cycle the new link would close (CPython _PyErr_SetObject). */
    for (Value o = h; o != KR_NONE && kr_is_exc(o);) {
        Exc *x = (Exc *)kr_as_obj(o);
        if (x->context == exc) {
            x->context = KR_NONE;
            break;
        }
        o = x->context;
    }
    e->context = h;
}

static Value instantiate(Thread *th, Value v, const char *what)
{
    if (kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_TYPE_SUBCLASS)) {
        Type *t = (Type *)kr_as_obj(v);
        if (t->flags & KR_TYPE_EXC_SUBCLASS) {
            Value e = kr_vm_call(th, v, NULL, 0, NULL);
            if (e && !kr_is_exc(e)) {
                kr_err_format(th, &kr_exc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %s",
                              v, kr_type_name(e));
                return KR_VALUE_NULL;
            }
            return e;
        }
    } else if (kr_is_exc(v)) {
        return v;
    }
    kr_err_set_string(th, &kr_exc_TypeError, what);
    return KR_VALUE_NULL;
}

void kr_vm_raise(Thread *th, Value exc, Value cause)
{
    Value e = instantiate(th, exc, "exceptions must derive from BaseException");
    if (!e)
        return;
    if (cause) {
        Value c = KR_NONE;
        if (cause != KR_NONE) {
            c = instantiate(th, cause, "exception causes must derive from BaseException");
            if (!c)
                return;
        }
        Exc *x = (Exc *)kr_as_obj(e);
        x->cause = c;
        x->suppress_context = true;
    }
    th->exc = e;
}

int kr_vm_exc_match(Thread *th, Value exc, Value cls)
{
    if (kr_is_tuple(cls)) {
        Tuple *t = kr_as_tuple(cls);
        for (int64_t i = 0; i < t->size; i++) {
            int r = kr_vm_exc_match(th, exc, t->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (!kr_is_obj(cls) || !(kr_type_of(cls)->flags & KR_TYPE_TYPE_SUBCLASS) ||
        !(((Type *)kr_as_obj(cls))->flags & KR_TYPE_EXC_SUBCLASS)) {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return kr_isinstance_type(exc, (Type *)kr_as_obj(cls));
}

/* ---- printing -------------------------------------------------------------------- */

static void print_source_line(FILE *out, Str *filename, int lineno)
{
    char path[4096];
    size_t n = filename->len < (int64_t)sizeof path - 1 ? (size_t)filename->len : sizeof path - 1;
    if (!filename->ascii)
        return;
    memcpy(path, filename->data, n);
    path[n] = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    char buf[8192];
    int line = 1;
    while (fgets(buf, sizeof buf, f)) {
        if (line == lineno) {
            char *s = buf;
            while (*s == ' ' || *s == '\t' || *s == '\f')
                s++;
            size_t len = strlen(s);
            while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' '))
                s[--len] = 0;
            if (len)
                fprintf(out, "    %s\n", s);
            break;
        }
        if (strchr(buf, '\n'))
            line++;
    }
    fclose(f);
}

static void print_str(FILE *out, Str *s)
{
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, s);
    if (b.len)
        fwrite(b.data, 1, b.len, out);
    kr_buf_free(&b);
}

static void print_one(Thread *th, Value exc, FILE *out)
{
    if (kr_is_exc(exc)) {
        Exc *e = (Exc *)kr_as_obj(exc);
        if (e->traceback != KR_NONE) {
            fputs("Traceback (most recent call last):\n", out);
            for (Value t = e->traceback; t != KR_NONE && kr_is_obj(t);) {
                Traceback *tb = (Traceback *)kr_as_obj(t);
                Code *code = (Code *)kr_as_obj(tb->code);
                fputs("  File \"", out);
                print_str(out, code->filename);
                fprintf(out, "\", line %d, in ", tb->lineno);
                print_str(out, code->name);
                fputc('\n', out);
                print_source_line(out, code->filename, tb->lineno);
                t = tb->next;
            }
        }
    }
    Type *t = kr_type_of(exc);
    if (t->flags & KR_TYPE_HEAP) {
        Value mod = kr_dict_get_str(t->dict, KR_NAME(th, __module__));
        if (mod && kr_is_str(mod) && !kr_str_eq(kr_as_str(mod), KR_NAME(th, __main__)) &&
            strcmp((const char *)kr_as_str(mod)->data, "builtins") != 0) {
            print_str(out, kr_as_str(mod));
            fputc('.', out);
        }
        print_str(out, t->qualname);
    } else {
        fputs(t->name, out);
    }
    Value s = kr_object_str(th, exc);
    if (!s) {
        kr_err_clear(th);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (kr_as_str(s)->len) {
        fputs(": ", out);
        print_str(out, kr_as_str(s));
    }
    fputc('\n', out);
}

static void print_chain(Thread *th, Value exc, FILE *out, int depth)
{
    if (depth < 100 && kr_is_exc(exc)) {
        Exc *e = (Exc *)kr_as_obj(exc);
        if (e->cause != KR_NONE) {
            print_chain(th, e->cause, out, depth + 1);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
        } else if (e->context != KR_NONE && !e->suppress_context) {
            print_chain(th, e->context, out, depth + 1);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    print_one(th, exc, out);
}

void kr_vm_print_exception(Thread *th, Value exc)
{
    kr_vm_flush_stdout(th);
    print_chain(th, exc, stderr, 0);
    fflush(stderr);
}
