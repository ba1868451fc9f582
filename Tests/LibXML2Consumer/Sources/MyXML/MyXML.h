// libxml2 as any package would import it: the system headers, nothing changed.
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
