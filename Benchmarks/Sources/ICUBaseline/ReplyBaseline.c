#include "ReplyBaseline.h"

#include "Formatters.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/udat.h>
#include <unicode/ulistformatter.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

struct reply_baseline {
    baseline_formatters icu;
};

reply_baseline *reply_baseline_open(void) {
    const char *locale = "de";
    UErrorCode status = U_ZERO_ERROR;
    reply_baseline *context = calloc(1, sizeof(reply_baseline));
    formatters_open(&context->icu, locale, &status);
    if (U_FAILURE(status)) {
        reply_baseline_close(context);
        return NULL;
    }
    return context;
}

void reply_baseline_close(reply_baseline *context) {
    if (!context) return;
    formatters_close(&context->icu);
    free(context);
}

/// The output buffer and how far it is written; `status` turns to an error when it overflows.
typedef struct {
    UChar *out;
    int32_t at;
    int32_t capacity;
} writer;

static void put(writer *w, const UChar *text, int32_t length, UErrorCode *status) {
    if (U_FAILURE(*status)) return;
    if (length > w->capacity - w->at) {
        *status = U_BUFFER_OVERFLOW_ERROR;
        return;
    }
    memcpy(w->out + w->at, text, (size_t)length * sizeof(UChar));
    w->at += length;
}

/// A UTF-16 literal with its length known at compile time.
#define PUT(w, literal, status) put(w, (const UChar *)(literal), (int32_t)(sizeof(literal) / sizeof(UChar) - 1), status)

/// Formats `value` with the integer formatter, writes it, and says whether its plural category is `one`.
static int put_integer(reply_baseline *context, writer *w, int64_t value, int write, UErrorCode *status) {
    unumf_formatInt(context->icu.integer, value, context->icu.result, status);
    UChar keyword[16];
    uplrules_selectFormatted(context->icu.plural, context->icu.result, keyword, 16, status);
    if (write && U_SUCCESS(*status)) {
        w->at += unumf_resultToString(context->icu.result, w->out + w->at, w->capacity - w->at, status);
    }
    return U_SUCCESS(*status) && u_strcmp(keyword, (const UChar *)u"one") == 0;
}

static void put_list(reply_baseline *context, writer *w, const reply_case *input, UErrorCode *status) {
    if (U_FAILURE(*status)) return;
    w->at += ulistfmt_format(context->icu.list, (const UChar *const *)input->items, input->itemLengths, input->itemCount,
                             w->out + w->at, w->capacity - w->at, status);
}

int32_t reply_baseline_render(reply_baseline *context, const reply_case *input, uint16_t *out, int32_t capacity,
                              int32_t *subjectLength) {
    UErrorCode status = U_ZERO_ERROR;
    writer w = {(UChar *)out, 0, capacity};

    // [subject]
    PUT(&w, u"Ihre Bestellung ", &status);
    put(&w, (const UChar *)input->orderID, input->orderIDLength, &status);
    PUT(&w, u" ist beschädigt angekommen – das tut uns leid", &status);
    *subjectLength = w.at;

    // [greeting] when customer.name / [greeting-anonymous] otherwise
    if (input->name) {
        PUT(&w, u"Guten Tag ", &status);
        put(&w, (const UChar *)input->name, input->nameLength, &status);
        PUT(&w, u",", &status);
    } else {
        PUT(&w, u"Guten Tag,", &status);
    }
    PUT(&w, u"\n\n", &status);

    // [apology]: a plural on the number of items, with the list.
    if (put_integer(context, &w, input->itemCount, 0, &status)) {
        PUT(&w, u"es tut uns aufrichtig leid, dass folgender Artikel aus Ihrer Bestellung beschädigt bei Ihnen "
                u"angekommen ist: ", &status);
        put_list(context, &w, input, &status);
        PUT(&w, u".", &status);
    } else {
        PUT(&w, u"es tut uns aufrichtig leid, dass ", &status);
        put_integer(context, &w, input->itemCount, 1, &status);
        PUT(&w, u" Artikel aus Ihrer Bestellung beschädigt bei Ihnen angekommen sind: ", &status);
        put_list(context, &w, input, &status);
        PUT(&w, u".", &status);
    }
    PUT(&w, u"\n\n", &status);

    // [acknowledgement]: the delivery date, long.
    PUT(&w, u"Vielen Dank, dass Sie uns Bescheid gegeben haben. Ihre Bestellung ", &status);
    put(&w, (const UChar *)input->orderID, input->orderIDLength, &status);
    PUT(&w, u" wurde am ", &status);
    if (U_SUCCESS(status)) w.at += udat_format(context->icu.date, input->deliveredEpochMillis, w.out + w.at, w.capacity - w.at, NULL, &status);
    PUT(&w, u" zugestellt, und wir können gut nachvollziehen, wie enttäuschend es ist, sich auf ein Paket zu "
            u"freuen und beim Öffnen beschädigte Ware vorzufinden.", &status);
    PUT(&w, u"\n\n", &status);

    // [remedy-refund] when remedy = refund: the amount in euros, and a plural on the days.
    PUT(&w, u"Wir haben Ihnen ", &status);
    if (U_SUCCESS(status)) {
        unumf_formatDecimal(context->icu.euro, input->refundAmount, -1, context->icu.result, &status);
        if (U_SUCCESS(status)) w.at += unumf_resultToString(context->icu.result, w.out + w.at, w.capacity - w.at, &status);
    }
    PUT(&w, u" über Ihre ursprüngliche Zahlungsart erstattet. Der Betrag wird Ihnen innerhalb ", &status);
    if (put_integer(context, &w, input->refundDays, 0, &status)) {
        PUT(&w, u"eines Werktags gutgeschrieben.", &status);
    } else {
        PUT(&w, u"von ", &status);
        put_integer(context, &w, input->refundDays, 1, &status);
        PUT(&w, u" Werktagen gutgeschrieben.", &status);
    }
    PUT(&w, u"\n\n", &status);

    // [next-step]
    PUT(&w, u"Könnten Sie uns bitte, wenn es Ihnen zeitlich passt, ein Foto des Schadens und der Verpackung schicken? "
            u"Wir leiten es an unseren Versanddienstleister weiter, damit so etwas nicht wieder vorkommt.", &status);
    PUT(&w, u"\n\n", &status);

    // [closing]
    PUT(&w, u"Vielen Dank für Ihre Geduld und Ihr Verständnis. Wenn wir sonst noch etwas für Sie tun können, sind wir "
            u"gern für Sie da.\n\nMit freundlichen Grüßen\nIhr Kundenservice-Team", &status);

    return U_FAILURE(status) ? -1 : w.at;
}
