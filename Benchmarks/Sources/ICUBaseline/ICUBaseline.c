#include "ICUBaseline.h"

#include "Formatters.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/ulistformatter.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/umsg.h>
#include <unicode/ustring.h>

struct baseline {
    baseline_formatters icu;
    UMessageFormat *mf1Plural;
    UMessageFormat *mf1Refund;
};

baseline *baseline_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    baseline *context = calloc(1, sizeof(baseline));
    formatters_open(&context->icu, locale, &status);
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
    formatters_close(&context->icu);
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
    unumf_formatInt(context->icu.integer, count, context->icu.result, &status);
    UChar keyword[16];
    uplrules_selectFormatted(context->icu.plural, context->icu.result, keyword, 16, &status);
    int32_t at = append(out, 0, capacity, "You have ");
    at += unumf_resultToString(context->icu.result, (UChar *)out + at, capacity - at, &status);
    UChar one[4];
    u_uastrcpy(one, "one");
    at = append(out, at, capacity, u_strcmp(keyword, one) == 0 ? " new message." : " new messages.");
    return U_FAILURE(status) ? -1 : at;
}

int32_t baseline_currency_date(baseline *context, const char *amount, double epochMillis, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    unumf_formatDecimal(context->icu.euro, amount, -1, context->icu.result, &status);
    int32_t at = append(out, 0, capacity, "Your refund of ");
    at += unumf_resultToString(context->icu.result, (UChar *)out + at, capacity - at, &status);
    at = append(out, at, capacity, " was issued on ");
    at += udat_format(context->icu.date, epochMillis, (UChar *)out + at, capacity - at, NULL, &status);
    at = append(out, at, capacity, ".");
    return U_FAILURE(status) ? -1 : at;
}

int32_t baseline_list(baseline *context, const uint16_t *const *items, const int32_t *lengths, int32_t count,
                      uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar keyword[16];
    uplrules_select(context->icu.plural, (double)count, keyword, 16, &status);
    UChar one[4];
    u_uastrcpy(one, "one");
    int isOne = u_strcmp(keyword, one) == 0;
    int32_t at = append(out, 0, capacity, isOne ? "Your item " : "Your items ");
    at += ulistfmt_format(context->icu.list, (const UChar *const *)items, lengths, count, (UChar *)out + at, capacity - at, &status);
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
