// ICU renames every C entry point with its version (uplrules_open is really uplrules_open_72);
// Swift cannot see those macros, so each function Swift needs is wrapped here in a static inline
// function with a stable name. Only the Intl target includes this module.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/uformattedvalue.h>
#include <unicode/upluralrules.h>
#include <unicode/ucurr.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ucal.h>
#include <unicode/ulistformatter.h>
#include <unicode/ureldatefmt.h>
#include <unicode/ubidi.h>
#include <unicode/ustring.h>

// MARK: - Errors

static inline const char *icu_error_name(UErrorCode code) { return u_errorName(code); }

// MARK: - Locales (uloc, ures)

static inline int32_t icu_loc_for_language_tag(const char *tag, char *localeID, int32_t capacity,
                                               int32_t *parsedLength, UErrorCode *status) {
    return uloc_forLanguageTag(tag, localeID, capacity, parsedLength, status);
}
static inline int32_t icu_loc_to_language_tag(const char *localeID, char *tag, int32_t capacity,
                                              UBool strict, UErrorCode *status) {
    return uloc_toLanguageTag(localeID, tag, capacity, strict, status);
}
static inline int32_t icu_loc_add_likely_subtags(const char *localeID, char *out, int32_t capacity,
                                                 UErrorCode *status) {
    return uloc_addLikelySubtags(localeID, out, capacity, status);
}
static inline int32_t icu_loc_minimize_subtags(const char *localeID, char *out, int32_t capacity,
                                               UErrorCode *status) {
    return uloc_minimizeSubtags(localeID, out, capacity, status);
}
static inline int32_t icu_loc_get_language(const char *localeID, char *out, int32_t capacity,
                                           UErrorCode *status) {
    return uloc_getLanguage(localeID, out, capacity, status);
}
/// 1 when the locale's script (its own, or the likely one) is written right to left.
static inline int icu_loc_is_right_to_left(const char *localeID) { return uloc_isRightToLeft(localeID) ? 1 : 0; }
/// Writes the locale ICU's main data tree actually resolves `localeID` to into `out`;
/// `*usedDefault` is set to 1 when ICU fell back to the root/default locale.
static inline int32_t icu_res_actual_locale(const char *localeID, char *out, int32_t capacity,
                                            int *usedDefault, UErrorCode *status) {
    UErrorCode openStatus = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(NULL, localeID, &openStatus);
    if (U_FAILURE(openStatus)) { *status = openStatus; return 0; }
    *usedDefault = (openStatus == U_USING_DEFAULT_WARNING);
    const char *actual = ures_getLocaleByType(bundle, ULOC_ACTUAL_LOCALE, status);
    int32_t length = 0;
    if (U_SUCCESS(*status) && actual != NULL) {
        while (actual[length] != 0) {
            if (length + 1 < capacity) { out[length] = actual[length]; }
            length++;
        }
        if (length < capacity) { out[length] = 0; } else { *status = U_BUFFER_OVERFLOW_ERROR; }
    }
    ures_close(bundle);
    return length;
}

// MARK: - Number formatting (unumf, ufmtval, ucfpos)

static inline UNumberFormatter *icu_numfmt_open(const UChar *skeleton, int32_t skeletonLength,
                                                const char *locale, UParseError *perror,
                                                UErrorCode *status) {
    return unumf_openForSkeletonAndLocaleWithError(skeleton, skeletonLength, locale, perror, status);
}
static inline void icu_numfmt_close(UNumberFormatter *formatter) { unumf_close(formatter); }
static inline UFormattedNumber *icu_numfmt_open_result(UErrorCode *status) { return unumf_openResult(status); }
static inline void icu_numfmt_close_result(UFormattedNumber *result) { unumf_closeResult(result); }
static inline void icu_numfmt_format_int(const UNumberFormatter *formatter, int64_t value,
                                         UFormattedNumber *result, UErrorCode *status) {
    unumf_formatInt(formatter, value, result, status);
}
static inline void icu_numfmt_format_double(const UNumberFormatter *formatter, double value,
                                            UFormattedNumber *result, UErrorCode *status) {
    unumf_formatDouble(formatter, value, result, status);
}
static inline void icu_numfmt_format_decimal(const UNumberFormatter *formatter, const char *value,
                                             int32_t length, UFormattedNumber *result, UErrorCode *status) {
    unumf_formatDecimal(formatter, value, length, result, status);
}
static inline const UFormattedValue *icu_numfmt_result_value(const UFormattedNumber *result,
                                                             UErrorCode *status) {
    return unumf_resultAsValue(result, status);
}
/// The result's UTF-16 text (owned by the result), its length in `*length`.
static inline const UChar *icu_fmtval_string(const UFormattedValue *value, int32_t *length,
                                             UErrorCode *status) {
    return ufmtval_getString(value, length, status);
}
static inline UConstrainedFieldPosition *icu_cfpos_open(UErrorCode *status) { return ucfpos_open(status); }
static inline void icu_cfpos_close(UConstrainedFieldPosition *position) { ucfpos_close(position); }
static inline void icu_cfpos_constrain_number(UConstrainedFieldPosition *position, UErrorCode *status) {
    ucfpos_constrainCategory(position, UFIELD_CATEGORY_NUMBER, status);
}
static inline UBool icu_fmtval_next_position(const UFormattedValue *value,
                                             UConstrainedFieldPosition *position, UErrorCode *status) {
    return ufmtval_nextPosition(value, position, status);
}
static inline int32_t icu_cfpos_field(const UConstrainedFieldPosition *position, UErrorCode *status) {
    return ucfpos_getField(position, status);
}
static inline void icu_cfpos_indexes(const UConstrainedFieldPosition *position, int32_t *start,
                                     int32_t *limit, UErrorCode *status) {
    ucfpos_getIndexes(position, start, limit, status);
}
static inline int32_t icu_currency_fraction_digits(const UChar *currency, UErrorCode *status) {
    return ucurr_getDefaultFractionDigits(currency, status);
}

// MARK: - Plural rules

static inline UPluralRules *icu_plural_open(const char *locale, int ordinal, UErrorCode *status) {
    return uplrules_openForType(locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status);
}
static inline void icu_plural_close(UPluralRules *rules) { uplrules_close(rules); }
static inline int32_t icu_plural_select(const UPluralRules *rules, double number, UChar *keyword,
                                        int32_t capacity, UErrorCode *status) {
    return uplrules_select(rules, number, keyword, capacity, status);
}
static inline int32_t icu_plural_select_formatted(const UPluralRules *rules, const UFormattedNumber *number,
                                                  UChar *keyword, int32_t capacity, UErrorCode *status) {
    return uplrules_selectFormatted(rules, number, keyword, capacity, status);
}
static inline UEnumeration *icu_plural_keywords(const UPluralRules *rules, UErrorCode *status) {
    return uplrules_getKeywords(rules, status);
}
static inline const char *icu_enum_next(UEnumeration *en, int32_t *length, UErrorCode *status) {
    return uenum_next(en, length, status);
}
static inline void icu_enum_close(UEnumeration *en) { uenum_close(en); }

// MARK: - Dates (udat, udatpg, ucal)

static inline UDateTimePatternGenerator *icu_dtpg_open(const char *locale, UErrorCode *status) {
    return udatpg_open(locale, status);
}
static inline void icu_dtpg_close(UDateTimePatternGenerator *generator) { udatpg_close(generator); }
static inline int32_t icu_dtpg_best_pattern(UDateTimePatternGenerator *generator, const UChar *skeleton,
                                            int32_t length, UChar *pattern, int32_t capacity,
                                            UErrorCode *status) {
    return udatpg_getBestPattern(generator, skeleton, length, pattern, capacity, status);
}
static inline UDateFormat *icu_datefmt_open(const char *locale, const UChar *tzID, int32_t tzLength,
                                            const UChar *pattern, int32_t patternLength, UErrorCode *status) {
    return udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, tzID, tzLength, pattern, patternLength, status);
}
static inline void icu_datefmt_close(UDateFormat *format) { udat_close(format); }
static inline int32_t icu_datefmt_format(const UDateFormat *format, double date, UChar *result,
                                         int32_t capacity, UErrorCode *status) {
    return udat_format(format, date, result, capacity, NULL, status);
}
/// Makes the formatter's calendar proleptic Gregorian (no Julian cutover in 1582), when it is Gregorian.
static inline void icu_datefmt_make_proleptic(UDateFormat *format, UErrorCode *status) {
    const UCalendar *calendar = udat_getCalendar(format);
    if (calendar == NULL) { return; }
    const char *type = ucal_getType(calendar, status);
    if (U_FAILURE(*status) || type == NULL || type[0] != 'g') { return; }  // "gregorian"
    UCalendar *copy = ucal_clone(calendar, status);
    if (U_FAILURE(*status)) { return; }
    ucal_setGregorianChange(copy, -8.64e15, status);
    if (U_SUCCESS(*status)) { udat_setCalendar(format, copy); }
    ucal_close(copy);
}

/// A proleptic Gregorian calendar (no Julian cutover) in zone `tzID`, resolving a wall time that a DST
/// change repeats to the earlier instant and a skipped one with the pre-transition offset.
static inline UCalendar *icu_cal_open_gregorian(const UChar *tzID, int32_t tzLength, UErrorCode *status) {
    UCalendar *calendar = ucal_open(tzID, tzLength, "en_US_POSIX", UCAL_GREGORIAN, status);
    if (U_FAILURE(*status)) { return calendar; }
    ucal_setGregorianChange(calendar, -8.64e15, status);
    ucal_setAttribute(calendar, UCAL_REPEATED_WALL_TIME, UCAL_WALLTIME_FIRST);
    ucal_setAttribute(calendar, UCAL_SKIPPED_WALL_TIME, UCAL_WALLTIME_LAST);
    return calendar;
}
static inline void icu_cal_close(UCalendar *calendar) { ucal_close(calendar); }
/// The instant of a wall-clock time in the calendar's zone; `month` is 0-based. Not thread-safe.
static inline double icu_cal_wall_millis(UCalendar *calendar, int32_t year, int32_t month, int32_t day,
                                         int32_t hour, int32_t minute, int32_t second, int32_t millisecond,
                                         UErrorCode *status) {
    ucal_clear(calendar);
    ucal_setDateTime(calendar, year, month, day, hour, minute, second, status);
    ucal_set(calendar, UCAL_MILLISECOND, millisecond);
    return U_SUCCESS(*status) ? ucal_getMillis(calendar, status) : 0;
}
/// Canonical id of a time zone; `*isSystemID` is 1 for zones from the tz database.
static inline int32_t icu_cal_canonical_zone(const UChar *id, int32_t length, UChar *result, int32_t capacity,
                                             UBool *isSystemID, UErrorCode *status) {
    return ucal_getCanonicalTimeZoneID(id, length, result, capacity, isSystemID, status);
}

// MARK: - Lists and relative time

static inline UListFormatter *icu_listfmt_open(const char *locale, int kind, int width, UErrorCode *status) {
    UListFormatterType type = kind == 1 ? ULISTFMT_TYPE_OR : (kind == 2 ? ULISTFMT_TYPE_UNITS : ULISTFMT_TYPE_AND);
    UListFormatterWidth w = width == 1 ? ULISTFMT_WIDTH_SHORT : (width == 2 ? ULISTFMT_WIDTH_NARROW : ULISTFMT_WIDTH_WIDE);
    return ulistfmt_openForType(locale, type, w, status);
}
static inline void icu_listfmt_close(UListFormatter *formatter) { ulistfmt_close(formatter); }
static inline int32_t icu_listfmt_format(const UListFormatter *formatter, const UChar *const strings[],
                                         const int32_t *lengths, int32_t count, UChar *result,
                                         int32_t capacity, UErrorCode *status) {
    return ulistfmt_format(formatter, strings, lengths, count, result, capacity, status);
}

/// Formats the list into `result` and writes where each item landed: item `i` is
/// `result[starts[i] ..< limits[i]]`, or -1 in both when ICU reports no span for it. `starts` and
/// `limits` hold `count` entries. Returns the length of the text; on U_BUFFER_OVERFLOW_ERROR the
/// length needed, as ulistfmt_format does.
static inline int32_t icu_listfmt_format_items(const UListFormatter *formatter, const UChar *const strings[],
                                               const int32_t *lengths, int32_t count, UChar *result,
                                               int32_t capacity, int32_t *starts, int32_t *limits,
                                               UErrorCode *status) {
    for (int32_t i = 0; i < count; i++) { starts[i] = -1; limits[i] = -1; }
    UFormattedList *formatted = ulistfmt_openResult(status);
    if (U_FAILURE(*status)) { return 0; }
    ulistfmt_formatStringsToResult(formatter, strings, lengths, count, formatted, status);
    const UFormattedValue *value = ulistfmt_resultAsValue(formatted, status);
    int32_t length = 0;
    const UChar *text = U_SUCCESS(*status) ? ufmtval_getString(value, &length, status) : NULL;
    if (U_FAILURE(*status) || text == NULL) { ulistfmt_closeResult(formatted); return 0; }
    if (length > capacity) {
        *status = U_BUFFER_OVERFLOW_ERROR;
        ulistfmt_closeResult(formatted);
        return length;
    }
    u_memcpy(result, text, length);
    UConstrainedFieldPosition *position = ucfpos_open(status);
    if (U_SUCCESS(*status)) {
        ucfpos_constrainCategory(position, UFIELD_CATEGORY_LIST_SPAN, status);
        while (U_SUCCESS(*status) && ufmtval_nextPosition(value, position, status)) {
            int32_t item = ucfpos_getField(position, status);
            int32_t start = 0, limit = 0;
            ucfpos_getIndexes(position, &start, &limit, status);
            if (U_SUCCESS(*status) && item >= 0 && item < count) { starts[item] = start; limits[item] = limit; }
        }
        ucfpos_close(position);
    }
    ulistfmt_closeResult(formatted);
    return length;
}

/// Title-cases `source` with the locale's rules (Turkish i → İ), as u_strToTitle with word breaks.
static inline int32_t icu_str_to_title(UChar *dest, int32_t capacity, const UChar *source, int32_t length,
                                       const char *locale, UErrorCode *status) {
    return u_strToTitle(dest, capacity, source, length, NULL, locale, status);
}

static inline URelativeDateTimeFormatter *icu_reltime_open(const char *locale, int style, UErrorCode *status) {
    UDateRelativeDateTimeFormatterStyle s =
        style == 1 ? UDAT_STYLE_SHORT : (style == 2 ? UDAT_STYLE_NARROW : UDAT_STYLE_LONG);
    return ureldatefmt_open(locale, NULL, s, UDISPCTX_CAPITALIZATION_NONE, status);
}
static inline void icu_reltime_close(URelativeDateTimeFormatter *formatter) { ureldatefmt_close(formatter); }
/// `unit`: 0 second, 1 minute, 2 hour, 3 day, 4 week, 5 month, 6 quarter, 7 year.
static inline URelativeDateTimeUnit icu_reltime_unit(int unit) {
    switch (unit) {
        case 0: return UDAT_REL_UNIT_SECOND;
        case 1: return UDAT_REL_UNIT_MINUTE;
        case 2: return UDAT_REL_UNIT_HOUR;
        case 3: return UDAT_REL_UNIT_DAY;
        case 4: return UDAT_REL_UNIT_WEEK;
        case 5: return UDAT_REL_UNIT_MONTH;
        case 6: return UDAT_REL_UNIT_QUARTER;
        default: return UDAT_REL_UNIT_YEAR;
    }
}
static inline int32_t icu_reltime_format(const URelativeDateTimeFormatter *formatter, double offset, int unit,
                                         int numericAlways, UChar *result, int32_t capacity, UErrorCode *status) {
    if (numericAlways) {
        return ureldatefmt_formatNumeric(formatter, offset, icu_reltime_unit(unit), result, capacity, status);
    }
    return ureldatefmt_format(formatter, offset, icu_reltime_unit(unit), result, capacity, status);
}

// MARK: - Bidi

/// 0 left to right, 1 right to left, 2 neutral (no strong character).
static inline int icu_bidi_base_direction(const UChar *text, int32_t length) {
    UBiDiDirection direction = ubidi_getBaseDirection(text, length);
    return direction == UBIDI_LTR ? 0 : (direction == UBIDI_RTL ? 1 : 2);
}

// MARK: - Version (uversion)

/// ICU's version, its four parts packed into one integer (major in the high byte), so Swift reads
/// it without a buffer.
static inline uint32_t icu_version_packed(void) {
    UVersionInfo version;
    u_getVersion(version);
    return ((uint32_t)version[0] << 24) | ((uint32_t)version[1] << 16) | ((uint32_t)version[2] << 8) | version[3];
}

#endif
