/*
 * _csv.c -- the _csv module under csv.py: Dialect, reader, writer, the
 * dialect registry and the field size limit, with CPython 3.11's parsing
 * state machine and quoting rules.
 *
 * Characters are handled as code points (a field is gathered in a
 * pointer-free uint32_t buffer and becomes a str when it ends).  The
 * registry is the module's `_dialects` dict, as in CPython; the field size
 * limit lives in the module dict too (under a private name), so there is
 * no C global state.  A reader keeps its module to read the limit.
 */
#include <stdlib.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
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

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };
enum { NOT_SET = -1, EOL = -2 };
#define DEFAULT_LIMIT (128 * 1024)

static Type csv_error_type = {
    .hdr = {&kr_type_type}, .name = "_csv.Error", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

/* ---- module state: the registry and the limit ------------------------------ */

/* The module (sys.modules['_csv']): module functions receive no module
 * pointer, so the state is found through it.  None when it is gone. */
static Value csv_module(Thread *th)
{
    Value m = kr_dict_get_str(th->vm->modules, kr_str_intern_cstr(th, "_csv"));
    return m && kr_is_type(m, &kr_module_type) ? m : KR_NONE;
}

static Dict *registry(Thread *th, Value module)
{
    if (module == KR_NONE)
        return NULL;
    Value d = kr_dict_get_str(((Module *)kr_as_obj(module))->dict, kr_str_intern_cstr(th, "_dialects"));
    return d && kr_is_dict(d) ? kr_as_dict(d) : NULL;
}

static Str *limit_key(Thread *th) { return kr_str_intern_cstr(th, "_krait_field_limit"); }

static int64_t field_limit(Thread *th, Value module)
{
    if (module == KR_NONE)
        return DEFAULT_LIMIT;
    Value v = kr_dict_get_str(((Module *)kr_as_obj(module))->dict, limit_key(th));
    return v && kr_is_smallint(v) ? kr_as_smallint(v) : DEFAULT_LIMIT;
}

/* ---- Dialect ------------------------------------------------------------------- */

typedef struct Dialect {
    Obj hdr;
    Str *lineterminator;
    int32_t delimiter, quotechar, escapechar;
    int quoting;
    bool doublequote, skipinitialspace, strict;
} Dialect;

static Type dialect_type, reader_type, writer_type;

static const char *const dialect_names[] = {
    "dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
    "quotechar", "quoting", "skipinitialspace", "strict", NULL,
};
enum { D_DIALECT, D_DELIM, D_DOUBLEQ, D_ESCAPE, D_LINETERM, D_QUOTECHAR, D_QUOTING, D_SKIPSP,
       D_STRICT, D_N };

static int set_char(Thread *th, const char *name, int32_t *out, Value v, int32_t dflt, bool or_none)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    if (or_none && v == KR_NONE) {
        *out = NOT_SET;
        return 0;
    }
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, or_none ? "\"%s\" must be string or None, not %T"
                                                     : "\"%s\" must be string, not %T", name, v);
        return -1;
    }
    if (kr_as_str(v)->len != 1) {
        kr_err_format(th, &kr_exc_TypeError, "\"%s\" must be a 1-character string", name);
        return -1;
    }
    *out = (int32_t)kr_str_char(kr_as_str(v), 0);
    return 0;
}

static int set_bool(Thread *th, bool *out, Value v, bool dflt)
{
    int r = v ? kr_object_truth(th, v) : dflt;
    *out = r > 0;
    return r < 0 ? -1 : 0;
}

static int set_fields(Thread *th, Dialect *d, Value *a)
{
    if (set_char(th, "delimiter", &d->delimiter, a[D_DELIM], ',', false) < 0 ||
        set_bool(th, &d->doublequote, a[D_DOUBLEQ], true) < 0 ||
        set_char(th, "escapechar", &d->escapechar, a[D_ESCAPE], NOT_SET, true) < 0)
        return -1;
    Value lt = a[D_LINETERM];
    if (lt && lt != KR_NONE && !kr_str_check(lt)) {
        kr_err_set_string(th, &kr_exc_TypeError, "\"lineterminator\" must be a string");
        return -1;
    }
    d->lineterminator = !lt ? kr_str_from_cstr(th, "\r\n") : lt == KR_NONE ? NULL : kr_as_str(lt);
    if (set_char(th, "quotechar", &d->quotechar, a[D_QUOTECHAR], '"', true) < 0)
        return -1;
    d->quoting = QUOTE_MINIMAL;
    if (a[D_QUOTING]) {
        int64_t q;
        if (!kr_is_int(a[D_QUOTING])) {
            kr_err_set_string(th, &kr_exc_TypeError, "\"quoting\" must be an integer");
            return -1;
        }
        if (kr_int_as_i64(th, a[D_QUOTING], &q) < 0)
            return -1;
        d->quoting = q < QUOTE_MINIMAL || q > QUOTE_NONE ? -1 : (int)q;
    }
    return set_bool(th, &d->skipinitialspace, a[D_SKIPSP], false) < 0 ||
                   set_bool(th, &d->strict, a[D_STRICT], false) < 0 ? -1 : 0;
}

static int validate(Thread *th, Dialect *d, Value *a)
{
    const char *msg = NULL;
    if (d->quoting < 0)
        msg = "bad \"quoting\" value";
    else if (d->delimiter == NOT_SET)
        msg = "\"delimiter\" must be a 1-character string";
    if (!msg && a[D_QUOTECHAR] == KR_NONE && !a[D_QUOTING])
        d->quoting = QUOTE_NONE;
    if (!msg && d->quoting != QUOTE_NONE && d->quotechar == NOT_SET)
        msg = "quotechar must be set if quoting enabled";
    if (!msg && !d->lineterminator)
        msg = "lineterminator must be set";
    if (msg)
        kr_err_set_string(th, &kr_exc_TypeError, msg);
    return msg ? -1 : 0;
}

/* Dialect(dialect, **fmtparams) from the parsed arguments a[D_N]; module
 * resolves a dialect name through the registry. */
static Value dialect_make(Thread *th, Type *type, Value module, Value *a)
{
    Value base = a[D_DIALECT];
    if (base && kr_str_check(base)) {
        Dict *reg = registry(th, module);
        base = reg ? kr_dict_get(th, reg, base) : KR_VALUE_NULL;
        if (!base) {
            if (!kr_err_occurred(th))
                kr_err_set_string(th, &csv_error_type, "unknown dialect");
            return KR_VALUE_NULL;
        }
    }
    bool only_base = true;
    for (int i = 1; i < D_N; i++)
        only_base &= !a[i];
    if (base && only_base && kr_type_of(base) == &dialect_type)
        return base;
    if (base) {
        for (int i = 1; i < D_N; i++) {
            if (a[i])
                continue;
            a[i] = kr_object_getattr(th, base, kr_str_intern_cstr(th, dialect_names[i]));
            if (!a[i])
                kr_err_clear(th);
        }
    }
    Dialect *d = kr_libutil_alloc(th, type);
    if (!d || set_fields(th, d, a) < 0 || validate(th, d, a) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(d);
}

/* Bind keyword arguments (kwnames kw, values after args[nargs]) by name. */
static int bind_keywords(Thread *th, const Value *args, size_t nargs, Tuple *kw, Value *a)
{
    for (int64_t k = 0; kw && k < kw->size; k++) {
        Str *name = kr_as_str(kw->items[k]);
        int i = 0;
        while (dialect_names[i] && !(kr_str_check(kw->items[k]) && name->ascii &&
                                     (size_t)name->len == strlen(dialect_names[i]) &&
                                     !memcmp(name->data, dialect_names[i], (size_t)name->len)))
            i++;
        if (!dialect_names[i]) {
            kr_err_format(th, &kr_exc_TypeError, "%R is an invalid keyword argument for this function",
                          kw->items[k]);
            return -1;
        }
        a[i] = args[nargs + (size_t)k];
    }
    return 0;
}

/* What reader(), writer() and register_dialect() do with (dialect, **kw). */
static Value call_dialect(Thread *th, Value module, Value base, const Value *args, size_t nargs,
                          Tuple *kw)
{
    Value a[D_N] = {0};
    if (bind_keywords(th, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    if (base)
        a[D_DIALECT] = base;
    return dialect_make(th, &dialect_type, module, a);
}

static Value dialect_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Value a[D_N] = {0};
    if (nargs > D_N) {
        kr_err_format(th, &kr_exc_TypeError, "function takes at most %d arguments (%zu given)",
                      D_N, nargs);
        return KR_VALUE_NULL;
    }
    for (size_t i = 0; i < nargs; i++)
        a[i] = args[i];
    if (bind_keywords(th, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    return dialect_make(th, type, csv_module(th), a);
}

static Value char_value(Thread *th, int32_t c)
{
    if (c == NOT_SET)
        return KR_NONE;
    Str *s = kr_str_from_char(th, (uint32_t)c);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

#define D(v) ((Dialect *)kr_as_obj(v))
static Value get_delimiter(Thread *th, Value s) { return char_value(th, D(s)->delimiter); }
static Value get_quotechar(Thread *th, Value s) { return char_value(th, D(s)->quotechar); }
static Value get_escapechar(Thread *th, Value s) { return char_value(th, D(s)->escapechar); }
static Value get_lineterminator(Thread *th, Value s) { return kr_from_obj(D(s)->lineterminator); }
static Value get_quoting(Thread *th, Value s) { return kr_from_smallint(D(s)->quoting); }
static Value get_doublequote(Thread *th, Value s) { return kr_from_bool(D(s)->doublequote); }
static Value get_skipinitialspace(Thread *th, Value s) { return kr_from_bool(D(s)->skipinitialspace); }
static Value get_strict(Thread *th, Value s) { return kr_from_bool(D(s)->strict); }

/* CPython's getset attributes refuse assignment with this message; the
 * bool members (doublequote, skipinitialspace, strict) say "readonly attribute". */
#define READONLY(attr)                                                                   \
    static int set_##attr(Thread *th, Value s, Str *name, Value v)                      \
    {                                                                                    \
        kr_err_set_string(th, &kr_exc_AttributeError,                                    \
                          "attribute '" #attr "' of '_csv.Dialect' objects is not writable"); \
        return -1;                                                                       \
    }
READONLY(delimiter)
READONLY(escapechar)
READONLY(lineterminator)
READONLY(quotechar)
READONLY(quoting)

static const MemberDef dialect_members[] = {
    {"delimiter", 0, get_delimiter, set_delimiter, NULL, 0},
    {"doublequote", 0, get_doublequote, NULL, NULL, KR_MEMBER_READONLY},
    {"escapechar", 0, get_escapechar, set_escapechar, NULL, 0},
    {"lineterminator", 0, get_lineterminator, set_lineterminator, NULL, 0},
    {"quotechar", 0, get_quotechar, set_quotechar, NULL, 0},
    {"quoting", 0, get_quoting, set_quoting, NULL, 0},
    {"skipinitialspace", 0, get_skipinitialspace, NULL, NULL, KR_MEMBER_READONLY},
    {"strict", 0, get_strict, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type dialect_type = {
    .hdr = {&kr_type_type}, .name = "_csv.Dialect", .size = sizeof(Dialect),
    .flags = KR_TYPE_BASETYPE, .new_ = dialect_new, .members = dialect_members,
};

/* ---- reader ------------------------------------------------------------------------ */

typedef enum {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL,
} ParseState;

typedef struct Reader {
    Obj hdr;
    Value input, module;
    Dialect *dialect;
    List *fields;
    uint32_t *field;       /* atomic block: code points of the field so far */
    int64_t field_len, field_cap, limit, line_num;
    ParseState state;
    bool numeric_field;
} Reader;

static int save_field(Thread *th, Reader *r)
{
    Str *s = kr_str_from_ucs4(th, r->field, (size_t)r->field_len);
    if (!s)
        return -1;
    r->field_len = 0;
    Value v = kr_from_obj(s);
    if (r->numeric_field) {
        r->numeric_field = false;
        extern Type kr_float_type;
        v = kr_vm_call(th, kr_from_obj(&kr_float_type), &v, 1, NULL);
        if (!v)
            return -1;
    }
    return kr_list_append(th, r->fields, v);
}

static int add_char(Thread *th, Reader *r, int32_t c)
{
    if (r->field_len >= r->limit) {
        kr_err_format(th, &csv_error_type, "field larger than field limit (%lld)", (long long)r->limit);
        return -1;
    }
    if (r->field_len == r->field_cap) {
        int64_t cap = r->field_cap ? r->field_cap * 2 : 64;
        uint32_t *f = kr_gc_alloc_atomic((size_t)cap * sizeof *f);
        if (!f) {
            kr_err_no_memory(th);
            return -1;
        }
        if (r->field_len)
            memcpy(f, r->field, (size_t)r->field_len * sizeof *f);
        r->field = f, r->field_cap = cap;
    }
    r->field[r->field_len++] = (uint32_t)c;
    return 0;
}

static bool is_nl(int32_t c) { return c == '\n' || c == '\r'; }

/* End the field and, at a line end, the record. */
static int end_field(Thread *th, Reader *r, int32_t c)
{
    if (save_field(th, r) < 0)
        return -1;
    r->state = c == EOL ? START_RECORD : is_nl(c) ? EAT_CRNL : START_FIELD;
    return 0;
}

static int start_field(Thread *th, Reader *r, int32_t c)
{
    Dialect *d = r->dialect;
    if (is_nl(c) || c == EOL)
        return end_field(th, r, c);
    if (c == d->quotechar && d->quoting != QUOTE_NONE)
        r->state = IN_QUOTED_FIELD;
    else if (c == d->escapechar)
        r->state = ESCAPED_CHAR;
    else if (c == ' ' && d->skipinitialspace)
        ;
    else if (c == d->delimiter)
        return save_field(th, r);
    else {
        r->numeric_field = d->quoting == QUOTE_NONNUMERIC;
        r->state = IN_FIELD;
        return add_char(th, r, c);
    }
    return 0;
}

static int in_field(Thread *th, Reader *r, int32_t c)
{
    Dialect *d = r->dialect;
    if (is_nl(c) || c == EOL || c == d->delimiter)
        return end_field(th, r, c);
    if (c == d->escapechar) {
        r->state = ESCAPED_CHAR;
        return 0;
    }
    return add_char(th, r, c);
}

static int quote_in_quoted(Thread *th, Reader *r, int32_t c)
{
    Dialect *d = r->dialect;
    if (d->quoting != QUOTE_NONE && c == d->quotechar) {
        r->state = IN_QUOTED_FIELD;
        return add_char(th, r, c);
    }
    if (c == d->delimiter || is_nl(c) || c == EOL)
        return end_field(th, r, c);
    if (d->strict) {
        kr_err_format(th, &csv_error_type, "'%c' expected after '%c'", d->delimiter, d->quotechar);
        return -1;
    }
    r->state = IN_FIELD;
    return add_char(th, r, c);
}

/* One step of CPython's parse_process_char; c is a code point or EOL. */
static int process_char(Thread *th, Reader *r, int32_t c)
{
    Dialect *d = r->dialect;
    switch (r->state) {
    case START_RECORD:
        if (c == EOL)
            return 0;
        if (is_nl(c)) {
            r->state = EAT_CRNL;
            return 0;
        }
        r->state = START_FIELD;
        return start_field(th, r, c);
    case START_FIELD:
        return start_field(th, r, c);
    case ESCAPED_CHAR:
        r->state = is_nl(c) ? AFTER_ESCAPED_CRNL : IN_FIELD;
        return add_char(th, r, c == EOL ? '\n' : c);
    case AFTER_ESCAPED_CRNL:
        return c == EOL ? 0 : in_field(th, r, c);
    case IN_FIELD:
        return in_field(th, r, c);
    case IN_QUOTED_FIELD:
        if (c == EOL)
            return 0;
        if (c == d->escapechar)
            r->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else
            return add_char(th, r, c);
        return 0;
    case ESCAPE_IN_QUOTED_FIELD:
        r->state = IN_QUOTED_FIELD;
        return add_char(th, r, c == EOL ? '\n' : c);
    case QUOTE_IN_QUOTED_FIELD:
        return quote_in_quoted(th, r, c);
    case EAT_CRNL:
        if (c == EOL)
            r->state = START_RECORD;
        else if (!is_nl(c)) {
            kr_err_set_string(th, &csv_error_type,
                              "new-line character seen in unquoted field - do you need to open "
                              "the file in universal-newline mode?");
            return -1;
        }
        return 0;
    }
    return 0;
}

static int process_line(Thread *th, Reader *r, Value line)
{
    if (!kr_str_check(line)) {
        kr_err_format(th, &csv_error_type,
                      "iterator should return strings, not %T (the file should be opened in text mode)",
                      line);
        return -1;
    }
    Str *s = kr_as_str(line);
    r->line_num++;
    for (int64_t i = 0; i < s->len; i++)
        if (process_char(th, r, (int32_t)kr_str_char(s, i)) < 0)
            return -1;
    return process_char(th, r, EOL);
}

static Value reader_next(Thread *th, Value self)
{
    Reader *r = (Reader *)kr_as_obj(self);
    if (!(r->fields = kr_list_new(th, 0)))
        return KR_VALUE_NULL;
    r->state = START_RECORD;
    r->numeric_field = false;
    r->field_len = 0;
    r->limit = field_limit(th, r->module);
    do {
        Value line = kr_object_next(th, r->input);
        if (!line) {
            if (kr_err_occurred(th) || (r->field_len == 0 && r->state != IN_QUOTED_FIELD))
                return KR_VALUE_NULL;
            if (r->dialect->strict) {
                kr_err_set_string(th, &csv_error_type, "unexpected end of data");
                return KR_VALUE_NULL;
            }
            if (save_field(th, r) < 0)
                return KR_VALUE_NULL;
            break;
        }
        if (process_line(th, r, line) < 0)
            return KR_VALUE_NULL;
    } while (r->state != START_RECORD);
    Value out = kr_from_obj(r->fields);
    r->fields = NULL;
    return out;
}

static Value reader_dialect(Thread *th, Value s) { return kr_from_obj(((Reader *)kr_as_obj(s))->dialect); }
static Value reader_line_num(Thread *th, Value s)
{
    return kr_int_from_i64(th, ((Reader *)kr_as_obj(s))->line_num);
}

static const MemberDef reader_members[] = {
    {"dialect", 0, reader_dialect, NULL, NULL, KR_MEMBER_READONLY},
    {"line_num", 0, reader_line_num, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type reader_type = {
    .hdr = {&kr_type_type}, .name = "_csv.reader", .size = sizeof(Reader),
    .iter = kr_libutil_iter_self, .next = reader_next, .members = reader_members,
};

KR_LIB_FUNC(csv_reader)
{
    if (kr_libutil_check_positional(th, "reader", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[0]);
    if (!it)
        return KR_VALUE_NULL;
    Value d = call_dialect(th, csv_module(th), nargs > 1 ? args[1] : KR_VALUE_NULL, args, nargs, kw);
    Reader *r = d ? kr_libutil_alloc(th, &reader_type) : NULL;
    if (!r)
        return KR_VALUE_NULL;
    r->input = it, r->module = csv_module(th), r->dialect = D(d);
    return kr_from_obj(r);
}

/* ---- writer ------------------------------------------------------------------------ */

typedef struct Writer {
    Obj hdr;
    Value write;
    Dialect *dialect;
} Writer;

/* A growable code-point record (atomic collector memory). */
typedef struct Rec {
    uint32_t *data;
    int64_t len, cap;
} Rec;

static int rec_put(Thread *th, Rec *r, uint32_t c)
{
    if (r->len == r->cap) {
        int64_t cap = r->cap ? r->cap * 2 : 128;
        uint32_t *d = kr_gc_alloc_atomic((size_t)cap * sizeof *d);
        if (!d) {
            kr_err_no_memory(th);
            return -1;
        }
        if (r->len)
            memcpy(d, r->data, (size_t)r->len * sizeof *d);
        r->data = d, r->cap = cap;
    }
    r->data[r->len++] = c;
    return 0;
}

static bool in_str(Str *s, uint32_t c)
{
    for (int64_t i = 0; i < s->len; i++)
        if (kr_str_char(s, i) == c)
            return true;
    return false;
}

/* The field's characters with escapes and doubled quotes into out; sets
 * *quoted when a special character asks for quoting. */
static int escape_field(Thread *th, Dialect *d, Str *field, Rec *out, bool *quoted)
{
    for (int64_t i = 0; field && i < field->len; i++) {
        uint32_t c = kr_str_char(field, i);
        bool want_escape = false;
        if ((int32_t)c == d->delimiter || (int32_t)c == d->escapechar ||
            (int32_t)c == d->quotechar || in_str(d->lineterminator, c)) {
            if (d->quoting == QUOTE_NONE)
                want_escape = true;
            else {
                if ((int32_t)c == d->quotechar) {
                    if (d->doublequote) {
                        if (rec_put(th, out, c) < 0)
                            return -1;
                    } else {
                        want_escape = true;
                    }
                } else if ((int32_t)c == d->escapechar) {
                    want_escape = true;
                }
                if (!want_escape)
                    *quoted = true;
            }
            if (want_escape) {
                if (d->escapechar == NOT_SET) {
                    kr_err_set_string(th, &csv_error_type, "need to escape, but no escapechar set");
                    return -1;
                }
                if (rec_put(th, out, (uint32_t)d->escapechar) < 0)
                    return -1;
            }
        }
        if (rec_put(th, out, c) < 0)
            return -1;
    }
    return 0;
}

static int append_field(Thread *th, Dialect *d, Rec *rec, int64_t *nfields, Str *field, bool quoted)
{
    Rec body = {0};
    if (escape_field(th, d, field, &body, &quoted) < 0)
        return -1;
    if ((*nfields)++ && rec_put(th, rec, (uint32_t)d->delimiter) < 0)
        return -1;
    if (quoted && rec_put(th, rec, (uint32_t)d->quotechar) < 0)
        return -1;
    for (int64_t i = 0; i < body.len; i++)
        if (rec_put(th, rec, body.data[i]) < 0)
            return -1;
    return quoted ? rec_put(th, rec, (uint32_t)d->quotechar) : 0;
}

static bool is_number(Value v)
{
    Type *t = kr_type_of(v);
    return kr_is_int(v) || kr_is_float(v) || t->index || t->int_ || t->float_;
}

static int write_fields(Thread *th, Dialect *d, Value it, Rec *rec, int64_t *nfields)
{
    Value field;
    while ((field = kr_object_next(th, it))) {
        bool quoted = d->quoting == QUOTE_ALL || (d->quoting == QUOTE_NONNUMERIC && !is_number(field));
        Str *s = NULL;
        if (kr_str_check(field))
            s = kr_as_str(field);
        else if (field != KR_NONE) {
            Value str = kr_object_str(th, field);
            if (!str)
                return -1;
            s = kr_as_str(str);
        }
        if (append_field(th, d, rec, nfields, s, quoted) < 0)
            return -1;
    }
    return kr_err_occurred(th) ? -1 : 0;
}

static Value writerow(Thread *th, Writer *w, Value row)
{
    Dialect *d = w->dialect;
    Value it = kr_object_iter(th, row);
    if (!it) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_format(th, &csv_error_type, "iterable expected, not %T", row);
        }
        return KR_VALUE_NULL;
    }
    Rec rec = {0};
    int64_t nfields = 0;
    if (write_fields(th, d, it, &rec, &nfields) < 0)
        return KR_VALUE_NULL;
    if (nfields == 1 && rec.len == 0) {
        if (d->quoting == QUOTE_NONE) {
            kr_err_set_string(th, &csv_error_type, "single empty field record must be quoted");
            return KR_VALUE_NULL;
        }
        nfields = 0;
        if (append_field(th, d, &rec, &nfields, NULL, true) < 0)
            return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < d->lineterminator->len; i++)
        if (rec_put(th, &rec, kr_str_char(d->lineterminator, i)) < 0)
            return KR_VALUE_NULL;
    Str *line = kr_str_from_ucs4(th, rec.data, (size_t)rec.len);
    if (!line)
        return KR_VALUE_NULL;
    Value arg = kr_from_obj(line);
    return kr_vm_call(th, w->write, &arg, 1, NULL);
}

#define W ((Writer *)kr_as_obj(args[0]))

KR_LIB_FUNC(writer_writerow)
{
    if (kr_libutil_no_keywords(th, "writerow", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != 2)
        return kr_err_type_error(th, "writer.writerow() takes exactly one argument (%zu given)",
                                 nargs - 1);
    return writerow(th, W, args[1]);
}

KR_LIB_FUNC(writer_writerows)
{
    if (kr_libutil_no_keywords(th, "writerows", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != 2)
        return kr_err_type_error(th, "writer.writerows() takes exactly one argument (%zu given)",
                                 nargs - 1);
    Value it = kr_object_iter(th, args[1]), row;
    if (!it)
        return KR_VALUE_NULL;
    while ((row = kr_object_next(th, it)))
        if (!writerow(th, W, row))
            return KR_VALUE_NULL;
    return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
}

static const MethodDef writer_methods[] = {
    {"writerow", writer_writerow, NULL, NULL, 0},
    {"writerows", writer_writerows, NULL, NULL, 0},
    {0},
};

static Value writer_dialect(Thread *th, Value s) { return kr_from_obj(((Writer *)kr_as_obj(s))->dialect); }

static const MemberDef writer_members[] = {
    {"dialect", 0, writer_dialect, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type writer_type = {
    .hdr = {&kr_type_type}, .name = "_csv.writer", .size = sizeof(Writer),
    .methods = writer_methods, .members = writer_members,
};

KR_LIB_FUNC(csv_writer)
{
    if (kr_libutil_check_positional(th, "writer", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    Value write = kr_object_getattr(th, args[0], kr_str_intern_cstr(th, "write"));
    if (!write || !kr_type_of(write)->call) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_TypeError, "argument 1 must have a \"write\" method");
        return KR_VALUE_NULL;
    }
    Value d = call_dialect(th, csv_module(th), nargs > 1 ? args[1] : KR_VALUE_NULL, args, nargs, kw);
    Writer *w = d ? kr_libutil_alloc(th, &writer_type) : NULL;
    if (!w)
        return KR_VALUE_NULL;
    w->write = write, w->dialect = D(d);
    return kr_from_obj(w);
}

/* ---- the registry and the limit ------------------------------------------------- */

KR_LIB_FUNC(csv_register_dialect)
{
    if (kr_libutil_check_positional(th, "register_dialect", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "dialect name must be a string");
    Value d = call_dialect(th, csv_module(th), nargs > 1 ? args[1] : KR_VALUE_NULL, args, nargs, kw);
    Dict *reg = registry(th, csv_module(th));
    return d && reg && kr_dict_set(th, reg, args[0], d) == 0 ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(csv_unregister_dialect)
{
    static const char *const names[] = {"name", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "unregister_dialect", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    Dict *reg = registry(th, csv_module(th));
    int r = reg ? kr_dict_del(th, reg, a[0]) : 0;
    if (r == 0 && !kr_err_occurred(th))
        kr_err_set_string(th, &csv_error_type, "unknown dialect");
    return r > 0 ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(csv_get_dialect)
{
    static const char *const names[] = {"name", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "get_dialect", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    Dict *reg = registry(th, csv_module(th));
    Value d = reg ? kr_dict_get(th, reg, a[0]) : KR_VALUE_NULL;
    if (!d && !kr_err_occurred(th))
        kr_err_set_string(th, &csv_error_type, "unknown dialect");
    return d;
}

KR_LIB_FUNC(csv_list_dialects)
{
    if (kr_libutil_check_positional(th, "list_dialects", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    Dict *reg = registry(th, csv_module(th));
    List *l = reg ? kr_list_from_iterable(th, kr_from_obj(reg)) : NULL;
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(csv_field_size_limit)
{
    static const char *const names[] = {"new_limit", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "field_size_limit", args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    int64_t old = field_limit(th, csv_module(th)), lim;
    if (a[0]) {
        if (!kr_is_int(a[0]))
            return kr_err_type_error(th, "limit must be an integer");
        if (kr_int_as_i64(th, a[0], &lim) < 0)
            return KR_VALUE_NULL;
        Value m = csv_module(th);
        if (m != KR_NONE && kr_dict_set_str(th, ((Module *)kr_as_obj(m))->dict, limit_key(th),
                                            kr_int_from_i64(th, lim)) < 0)
            return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, old);
}

static const MethodDef csv_functions[] = {
    {"reader", csv_reader, NULL, NULL, 0},
    {"writer", csv_writer, NULL, NULL, 0},
    {"register_dialect", csv_register_dialect, NULL, NULL, 0},
    {"unregister_dialect", csv_unregister_dialect, "($module, /, name)", NULL, 0},
    {"get_dialect", csv_get_dialect, "($module, /, name)", NULL, 0},
    {"list_dialects", csv_list_dialects, "($module, /)", NULL, 0},
    {"field_size_limit", csv_field_size_limit, "($module, /, new_limit=<unrepresentable>)", NULL, 0},
    {0},
};

static const char csv_doc[] =
    "CSV parsing and writing.\n\n"
    "This module provides classes that assist in the reading and writing\n"
    "of Comma Separated Value (CSV) files, and implements the interface\n"
    "described by PEP 305.";

int kr_mod__csv_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_csv", csv_functions);
    Dict *reg = m ? kr_dict_new(th) : NULL;
    Str *ver = reg ? kr_str_from_cstr(th, "1.0") : NULL;
    Str *doc = ver ? kr_str_from_cstr(th, csv_doc) : NULL;
    if (!doc || kr_type_ready(th, &csv_error_type) < 0 ||
        kr_libutil_add_type(th, m, &dialect_type) < 0 || kr_type_ready(th, &reader_type) < 0 ||
        kr_type_ready(th, &writer_type) < 0 ||
        kr_libutil_add_value(th, m, "Error", kr_from_obj(&csv_error_type)) < 0 ||
        kr_libutil_add_value(th, m, "_dialects", kr_from_obj(reg)) < 0 ||
        kr_libutil_add_value(th, m, "__version__", kr_from_obj(ver)) < 0 ||
        kr_libutil_add_value(th, m, "__doc__", kr_from_obj(doc)) < 0)
        return -1;
    static const char *const quotes[] = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"};
    for (int i = 0; i < 4; i++)
        if (kr_libutil_add_value(th, m, quotes[i], kr_from_smallint(i)) < 0)
            return -1;
    return 0;
}
