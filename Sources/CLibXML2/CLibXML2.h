#ifndef CLIBXML2_H
#define CLIBXML2_H
#include <libxml/xmlversion.h>
// libxml2's own headers go in exactly as the system gives them: no config macro is
// touched, so every other module over <libxml/...> (a user's own libxml2 module, say)
// sees the same structs as ours and clang can merge them.
//
// One wrinkle. Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes
// the system's <unicode/ucnv.h>; Foundation on Linux carries its own, newer ICU as
// the clang module _FoundationICU. When a debug build indexes system modules
// (SwiftPM's default -index-system-modules) both copies meet in one compiler and
// their UErrorCode enums differ: "'UErrorCode' has different definitions in
// different modules". So where that copy exists we include it first: it has the
// same include guard (UCNV_H), the system header then adds nothing, and libxml2's
// uconv_t gets UConverter (an opaque struct) and UChar (uint16_t in C) from it,
// the same C types the system ICU declares. Only types; nothing links against it.
#if defined(LIBXML_ICU_ENABLED) && __has_include(<_foundation_unicode/ucnv.h>)
#include <_foundation_unicode/ucnv.h>
#endif
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

// A few of libxml2's messages (encoding conversion failures, for one) bypass the
// parser's structured error hook and go to the generic error function, which
// prints to stderr: anyone who can POST a body could flood a server's log. The
// reader silences it around each xmlParseChunk call and puts back what was there.
// In a thread-enabled libxml2 (every distribution's) the setting is per thread.
// The function is variadic, which Swift cannot write, hence C.
static void cicallback_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

typedef struct {
    xmlGenericErrorFunc function;
    void *context;
} cicallback_generic_error_state;

static inline cicallback_generic_error_state cicallback_silence_generic_errors(void) {
    cicallback_generic_error_state saved = { xmlGenericError, xmlGenericErrorContext };
    xmlSetGenericErrorFunc(NULL, cicallback_ignore_generic_error);
    return saved;
}

static inline void cicallback_restore_generic_errors(cicallback_generic_error_state saved) {
    xmlSetGenericErrorFunc(saved.context, saved.function);
}
#endif
