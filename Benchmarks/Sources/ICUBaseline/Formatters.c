#include "Formatters.h"

#include <unicode/udatpg.h>
#include <unicode/ustring.h>

static UNumberFormatter *open_skeleton(const char *skeleton, const char *locale, UErrorCode *status) {
    UChar buffer[128];
    u_uastrcpy(buffer, skeleton);
    return unumf_openForSkeletonAndLocale(buffer, -1, locale, status);
}

void formatters_open(baseline_formatters *formatters, const char *locale, UErrorCode *status) {
    formatters->integer = open_skeleton("precision-integer rounding-mode-half-up", locale, status);
    formatters->euro = open_skeleton("currency/EUR rounding-mode-half-up", locale, status);
    formatters->result = unumf_openResult(status);
    formatters->plural = uplrules_openForType(locale, UPLURAL_TYPE_CARDINAL, status);
    UDateTimePatternGenerator *generator = udatpg_open(locale, status);
    UChar skeleton[16], pattern[64];
    u_uastrcpy(skeleton, "yMMMMd");
    int32_t length = udatpg_getBestPattern(generator, skeleton, -1, pattern, 64, status);
    if (generator) udatpg_close(generator);
    UChar zone[4];
    u_uastrcpy(zone, "UTC");
    formatters->date = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zone, -1, pattern, length, status);
    formatters->list = ulistfmt_openForType(locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, status);
}

void formatters_close(baseline_formatters *formatters) {
    if (formatters->integer) unumf_close(formatters->integer);
    if (formatters->euro) unumf_close(formatters->euro);
    if (formatters->result) unumf_closeResult(formatters->result);
    if (formatters->plural) uplrules_close(formatters->plural);
    if (formatters->date) udat_close(formatters->date);
    if (formatters->list) ulistfmt_close(formatters->list);
}
