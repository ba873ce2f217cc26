// ICU renames every C entry point with its version (uplrules_open is really uplrules_open_72);
// Swift cannot see those macros, so each function Swift needs is wrapped here in a static inline
// function with a stable name. Only the Intl target includes this module.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <unicode/utypes.h>

#endif
