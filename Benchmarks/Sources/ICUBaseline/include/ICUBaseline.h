// Direct ICU calls producing the same text as the benchmarked messages: the baseline that
// ReplyKit's formatting is measured against. Formatters are opened once, as a careful C
// programmer would; each call formats into a caller buffer of UTF-16 code units.
#ifndef ICU_BASELINE_H
#define ICU_BASELINE_H

#include <stdint.h>

// The full-reply baseline (German apology/damaged-item).
#include "ReplyBaseline.h"

typedef struct baseline baseline;

/// Opens every formatter the three scenarios need for `locale`; NULL on failure.
baseline *baseline_open(const char *locale);
void baseline_close(baseline *context);

/// "You have N new message(s)." with the plural category chosen by ICU on the formatted number.
int32_t baseline_plural(baseline *context, int64_t count, uint16_t *out, int32_t capacity);

/// "Your refund of <amount EUR> was issued on <long date>." for a decimal amount string.
int32_t baseline_currency_date(baseline *context, const char *amount, double epochMillis, uint16_t *out, int32_t capacity);

/// "Your item(s) <a, b and c> has/have shipped." for `count` items of `items`.
int32_t baseline_list(baseline *context, const uint16_t *const *items, const int32_t *lengths, int32_t count,
                      uint16_t *out, int32_t capacity);

/// The plural scenario through ICU's own MessageFormat (version 1, umsg_format).
int32_t baseline_mf1_plural(baseline *context, int64_t count, uint16_t *out, int32_t capacity);

/// The currency-and-date scenario through ICU's own MessageFormat (amount as a double: MF1's C API takes no decimals).
int32_t baseline_mf1_currency_date(baseline *context, double amount, double epochMillis, uint16_t *out, int32_t capacity);

/// UTF-16 to UTF-8 with ICU, so Swift builds its String on the fast UTF-8 path; returns the byte count.
int32_t baseline_utf8(const uint16_t *text, int32_t length, char *out, int32_t capacity);

#endif
