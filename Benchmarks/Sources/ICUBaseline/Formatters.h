// The ICU formatters both baselines open once per locale (internal to this target).
#ifndef BASELINE_FORMATTERS_H
#define BASELINE_FORMATTERS_H

#include <unicode/udat.h>
#include <unicode/ulistformatter.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>

typedef struct baseline_formatters {
    UNumberFormatter *integer;
    UNumberFormatter *euro;
    UFormattedNumber *result;
    UPluralRules *plural;
    UDateFormat *date;
    UListFormatter *list;
} baseline_formatters;

/// Opens integer (half-up), euro currency (half-up), cardinal plural rules, a long date in UTC
/// (`:date length=long`, the skeleton yMMMMd) and a wide "and" list; `status` reports any failure.
void formatters_open(baseline_formatters *formatters, const char *locale, UErrorCode *status);
/// Closes whatever `formatters_open` managed to open.
void formatters_close(baseline_formatters *formatters);

#endif
