/*
 * strings.h -- Python string and bytes literals, decoded (strings.c).
 *
 * The parser uses these through kr_parse_strings (parser.h); they are
 * exported separately because the same decoding is needed wherever Python
 * literal text becomes a value (the compiler, later `ast.literal_eval`-like
 * paths), and the lexer needs CPython's UTF-8 error wording.
 *
 * Decoded str values are WTF-8 (ast.h): "\ud800" is kept as its 3-byte
 * form.  Bytes values are raw bytes.
 */
#ifndef KR_STRINGS_H
#define KR_STRINGS_H

#include "core/buf.h"

/* A STRING token's text split into prefix flags and the body between the
 * quotes. */
typedef struct StrLit {
    bool bytes, raw, fstring, u;
    const char *body;
    size_t len;
} StrLit;

/* Split tok[0..len) (prefix, opening quote(s), body, closing quote(s)). */
void kr_strings_split(const char *tok, size_t len, StrLit *lit);

/* Decode the body s[0..len) of a non-f literal, appending the value to out
 * (bytes: raw bytes; str: WTF-8).  On success returns true and sets
 * *invalid_escape to the first character of the first invalid escape
 * sequence ("\d" -> 'd'), or 0: CPython's DeprecationWarning hook.  On an
 * error returns false with CPython's SyntaxError message in err, e.g.
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position
 * 0-1: truncated \xXX escape". */
bool kr_strings_decode(Buf *out, const char *s, size_t len, bool bytes, bool raw,
                       int *invalid_escape, char *err, size_t errsize);

/* If s[0..len) is not valid UTF-8, write CPython's message for it ("(unicode
 * error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start
 * byte") to msg and return true; false if valid. */
bool kr_strings_utf8_error(const char *s, size_t len, char *msg, size_t size);

#endif
