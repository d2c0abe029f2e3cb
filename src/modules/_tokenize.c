/*
 * _tokenize.c -- the _tokenize module: TokenizerIter, CPython 3.11's
 * C tokenizer as an iterator (tokenize._generate_tokens_from_c_tokenizer).
 *
 * Each item is (string, type, lineno, end_lineno, col_offset,
 * end_col_offset, line) with byte columns, as the parser sees tokens:
 * operators carry their exact type, keywords are NAME except async and
 * await (ASYNC, AWAIT), NEWLINE's string is empty (or the comment before
 * it), INDENT and DEDENT have
 * column -1.  No ENDMARKER is given: the iteration ends there.
 *
 * The whole source is tokenized when the iterator is made, so the lexer's
 * arena lives no longer than this call; an error is kept and raised after
 * the tokens before it, where CPython's lazy tokenizer raises it.  Errors
 * CPython's tokenizer only records in tok->done (too deep, unindent
 * mismatch, EOF in a statement) end the iteration silently, as there.
 */
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/arena.h"
#include "core/state.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/lexer.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* Lib/token.py's numbers where they differ from TokenKind's order */
enum { TOKEN_AWAIT = 55, TOKEN_ASYNC = 56 };

typedef struct TokenizerIter {
    Obj hdr;
    List *tokens;       /* the item tuples */
    int64_t next;       /* index of the next one */
    Value error;        /* raised after the last token, or NULL */
} TokenizerIter;

static int token_type(TokenKind kind)
{
    if (kind == KW_async)
        return TOKEN_ASYNC;
    if (kind == KW_await)
        return TOKEN_AWAIT;
    return kind >= KR_FIRST_KEYWORD ? T_NAME : (int)kind;
}

static Value small(int n) { return kr_from_smallint(n); }

/* The item tuple of token t. */
static Value token_item(Thread *th, Lexer *lx, const Token *t)
{
    /* NEWLINE spans what its columns say: nothing, or a comment before it */
    size_t n = (size_t)(t->end - t->start);
    if (t->kind == T_NEWLINE)
        n = (size_t)(t->end_col_offset - t->col_offset);
    else if (t->kind == T_INDENT || t->kind == T_DEDENT)
        n = 0;
    Str *s = kr_str_from_utf8(th, t->start, n);
    const char *line = kr_lex_line(lx, t->lineno);
    Str *ls = kr_str_from_utf8(th, line ? line : "", line ? strlen(line) : 0);
    Tuple *tup = s && ls ? kr_tuple_new(th, 7) : NULL;
    if (!tup)
        return KR_VALUE_NULL;
    bool nocol = t->kind == T_INDENT || t->kind == T_DEDENT;
    tup->items[0] = kr_from_obj(s);
    tup->items[1] = small(token_type(t->kind));
    tup->items[2] = small(t->lineno);
    tup->items[3] = small(t->end_lineno);
    tup->items[4] = small(nocol ? -1 : t->col_offset);
    tup->items[5] = small(nocol ? -1 : t->end_col_offset);
    tup->items[6] = kr_from_obj(ls);
    return kr_from_obj(tup);
}

/* Tokenize src into it->tokens; a tokenizer error CPython raises becomes
 * it->error. */
static int tokenize_all(Thread *th, TokenizerIter *it, Lexer *lx)
{
    Token t;
    while (kr_lex_next(lx, &t)) {
        if (t.kind == T_ENDMARKER || t.kind == T_ERRORTOKEN)
            return 0;
        Value item = token_item(th, lx, &t);
        if (!item || kr_list_append(th, it->tokens, item) < 0)
            return -1;
    }
    if (!kr_lex_error_overrides(lx))
        return 0;
    kr_vm_raise_syntax_error(th, kr_lex_error(lx), "<string>");
    it->error = kr_err_fetch(th);
    return 0;
}

static Type tokenizer_iter_type;

static Value tokenizer_iter_new(Thread *th, Type *type, const Value *args, size_t nargs,
                                Tuple *kw)
{
    if (kr_libutil_check_positional(th, "TokenizerIter", nargs, 1, 1) < 0 ||
        kr_libutil_no_keywords(th, "TokenizerIter", kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "TokenizerIter() argument 1 must be str, not %s",
                                 kr_type_name(args[0]));
    size_t len;
    const char *src = kr_str_utf8(th, kr_as_str(args[0]), &len);
    TokenizerIter *it = src ? kr_libutil_alloc(th, type) : NULL;
    if (!it || !(it->tokens = kr_list_new(th, 0)))
        return KR_VALUE_NULL;
    Arena *arena = kr_arena_new();
    int r = tokenize_all(th, it, kr_lex_new(arena, src, len, LEX_UTF8, "<string>"));
    kr_arena_free(arena);
    return r < 0 ? KR_VALUE_NULL : kr_from_obj(it);
}

static Value tokenizer_iter_next(Thread *th, Value self)
{
    TokenizerIter *it = (TokenizerIter *)kr_as_obj(self);
    if (it->next < it->tokens->size)
        return it->tokens->items[it->next++];
    if (it->error) {
        Value e = it->error;
        it->error = KR_VALUE_NULL;
        kr_err_set(th, e);
    }
    return KR_VALUE_NULL;
}

static Type tokenizer_iter_type = {
    .hdr = {&kr_type_type}, .name = "_tokenize.TokenizerIter", .size = sizeof(TokenizerIter),
    .new_ = tokenizer_iter_new, .iter = kr_libutil_iter_self, .next = tokenizer_iter_next,
};

static const MethodDef tokenize_functions[] = {{0}};

int kr_mod__tokenize_init(Thread *th)
{
    struct Module *m = kr_libutil_module(th, "_tokenize", tokenize_functions);
    return m ? kr_libutil_add_type(th, m, &tokenizer_iter_type) : -1;
}
