#ifndef CLIBXML2BENCH_SHIM_H
#define CLIBXML2BENCH_SHIM_H
#include <libxml/xmlversion.h>
// The same libxml2 headers, configured the same way, as the library's CLibXML2
// (see Sources/CLibXML2/CLibXML2.h): libxml2's config macros are left alone so
// that clang can merge the structs both modules declare (an #undef of
// LIBXML_ICU_ENABLED here gave _xmlCharEncodingHandler a different definition
// from CLibXML2's, which fails the build). Foundation's copy of ICU's ucnv.h goes
// first where it exists, so the system's ICU headers (pulled in by encoding.h)
// add nothing that clashes with Foundation's _FoundationICU.
#if defined(LIBXML_ICU_ENABLED) && __has_include(<_foundation_unicode/ucnv.h>)
#include <_foundation_unicode/ucnv.h>
#endif
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#endif
