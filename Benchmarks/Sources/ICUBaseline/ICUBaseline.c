#include "ICUBaseline.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ulistformatter.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/umsg.h>
#include <unicode/ustring.h>

struct baseline {
    UNumberFormatter *integer;
    UNumberFormatter *euro;
    UFormattedNumber *result;
    UPluralRules *plural;
    UDateFormat *date;
    UListFormatter *list;
    UMessageFormat *mf1Plural;
    UMessageFormat *mf1Refund;
};

static UNumberFormatter *open_skeleton(const char *skeleton, const char *locale, UErrorCode *status) {
    UChar buffer[128];
    u_uastrcpy(buffer, skeleton);
    return unumf_openForSkeletonAndLocale(buffer, -1, locale, status);
}

baseline *baseline_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    baseline *context = calloc(1, sizeof(baseline));
    context->integer = open_skeleton("precision-integer rounding-mode-half-up", locale, &status);
    context->euro = open_skeleton("currency/EUR rounding-mode-half-up", locale, &status);
    context->result = unumf_openResult(&status);
    context->plural = uplrules_openForType(locale, UPLURAL_TYPE_CARDINAL, &status);
    UDateTimePatternGenerator *generator = udatpg_open(locale, &status);
    UChar skeleton[16], pattern[64];
    u_uastrcpy(skeleton, "yMMMMd");
    int32_t length = udatpg_getBestPattern(generator, skeleton, -1, pattern, 64, &status);
    udatpg_close(generator);
    UChar zone[4];
    u_uastrcpy(zone, "UTC");
    context->date = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zone, -1, pattern, length, &status);
    context->list = ulistfmt_openForType(locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, &status);
    // ICU's MessageFormat formats dates in the default time zone; make that UTC like the rest.
    UChar utc[4];
    u_uastrcpy(utc, "UTC");
    ucal_setDefaultTimeZone(utc, &status);
    UChar mf1[256];
    u_uastrcpy(mf1, "{0, plural, one {You have # new message.} other {You have # new messages.}}");
    context->mf1Plural = umsg_open(mf1, -1, locale, NULL, &status);
    u_uastrcpy(mf1, "Your refund of {0, number, ::currency/EUR rounding-mode-half-up} was issued on {1, date, ::yMMMMd}.");
    context->mf1Refund = umsg_open(mf1, -1, locale, NULL, &status);

    if (U_FAILURE(status)) {
        baseline_close(context);
        return NULL;
    }
    return context;
}

void baseline_close(baseline *context) {
    if (!context) return;
    if (context->integer) unumf_close(context->integer);
    if (context->euro) unumf_close(context->euro);
    if (context->result) unumf_closeResult(context->result);
    if (context->plural) uplrules_close(context->plural);
    if (context->date) udat_close(context->date);
    if (context->list) ulistfmt_close(context->list);
    if (context->mf1Plural) umsg_close(context->mf1Plural);
    if (context->mf1Refund) umsg_close(context->mf1Refund);
    free(context);
}

static int32_t append(uint16_t *out, int32_t at, int32_t capacity, const char *ascii) {
    for (; *ascii && at < capacity; ascii++) out[at++] = (uint16_t)*ascii;
    return at;
}

int32_t baseline_plural(baseline *context, int64_t count, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    unumf_formatInt(context->integer, count, context->result, &status);
    UChar keyword[16];
    uplrules_selectFormatted(context->plural, context->result, keyword, 16, &status);
    int32_t at = append(out, 0, capacity, "You have ");
    at += unumf_resultToString(context->result, (UChar *)out + at, capacity - at, &status);
    UChar one[4];
    u_uastrcpy(one, "one");
    at = append(out, at, capacity, u_strcmp(keyword, one) == 0 ? " new message." : " new messages.");
    return U_FAILURE(status) ? -1 : at;
}

int32_t baseline_currency_date(baseline *context, const char *amount, double epochMillis, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    unumf_formatDecimal(context->euro, amount, -1, context->result, &status);
    int32_t at = append(out, 0, capacity, "Your refund of ");
    at += unumf_resultToString(context->result, (UChar *)out + at, capacity - at, &status);
    at = append(out, at, capacity, " was issued on ");
    at += udat_format(context->date, epochMillis, (UChar *)out + at, capacity - at, NULL, &status);
    at = append(out, at, capacity, ".");
    return U_FAILURE(status) ? -1 : at;
}

int32_t baseline_list(baseline *context, const uint16_t *const *items, const int32_t *lengths, int32_t count,
                      uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar keyword[16];
    uplrules_select(context->plural, (double)count, keyword, 16, &status);
    UChar one[4];
    u_uastrcpy(one, "one");
    int isOne = u_strcmp(keyword, one) == 0;
    int32_t at = append(out, 0, capacity, isOne ? "Your item " : "Your items ");
    at += ulistfmt_format(context->list, (const UChar *const *)items, lengths, count, (UChar *)out + at, capacity - at, &status);
    at = append(out, at, capacity, isOne ? " has shipped." : " have shipped.");
    return U_FAILURE(status) ? -1 : at;
}

int32_t baseline_utf8(const uint16_t *text, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = 0;
    u_strToUTF8(out, capacity, &written, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? -1 : written;
}

int32_t baseline_mf1_plural(baseline *context, int64_t count, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = umsg_format(context->mf1Plural, (UChar *)out, capacity, &status, (double)count);
    return U_FAILURE(status) ? -1 : length;
}

int32_t baseline_mf1_currency_date(baseline *context, double amount, double epochMillis, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = umsg_format(context->mf1Refund, (UChar *)out, capacity, &status, amount, (UDate)epochMillis);
    return U_FAILURE(status) ? -1 : length;
}
