#ifndef CLIBXML2BENCH_SHIM_H
#define CLIBXML2BENCH_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its encoding.h would pull in the system's
// <unicode/ucnv.h>, whose types clash with the ICU copy inside Foundation.
// The benchmark never touches encoding handlers, so leave them out.
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#endif
