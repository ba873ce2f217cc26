// Direct ICU calls producing the same German reply as ReplyKit's shipped template
// apology/damaged-item (remedy = refund): the baseline for the full-reply benchmark. Formatters
// are opened once; each call concatenates the fixed German text with the formatted values into a
// caller buffer of UTF-16 code units.
#ifndef REPLY_BASELINE_H
#define REPLY_BASELINE_H

#include <stdint.h>

typedef struct reply_baseline reply_baseline;

/// One case's data, already typed: text as UTF-16, the delivery date as UTC epoch milliseconds.
typedef struct reply_case {
    /// The customer's name, or NULL for the anonymous greeting.
    const uint16_t *name;
    int32_t nameLength;
    const uint16_t *orderID;
    int32_t orderIDLength;
    const uint16_t *const *items;
    const int32_t *itemLengths;
    int32_t itemCount;
    double deliveredEpochMillis;
    /// The refund amount as a decimal string ("129.90"), in euros.
    const char *refundAmount;
    int64_t refundDays;
} reply_case;

/// Opens the list, currency, integer and date formatters and the plural rules for German; NULL on failure.
reply_baseline *reply_baseline_open(void);
void reply_baseline_close(reply_baseline *context);

/// Writes the subject, then the body (blocks joined by a blank line) into `out`; `subjectLength`
/// receives where the subject ends. Returns the total length, or -1 on failure.
int32_t reply_baseline_render(reply_baseline *context, const reply_case *input, uint16_t *out, int32_t capacity,
                              int32_t *subjectLength);

#endif
