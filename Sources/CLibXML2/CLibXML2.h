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
#endif
