#ifndef CLIBXML2_H
#define CLIBXML2_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so encoding.h would include the system's
// <unicode/ucnv.h>, whose types clash with the ICU copy inside Foundation when one
// Swift module imports both. We never touch the encoding-handler structs (the only
// place those ICU types appear), so leave them out.
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
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
