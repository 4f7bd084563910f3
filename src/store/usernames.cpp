#include "usernames.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <memory>

namespace signalbox {

namespace {

static_assert(sizeof(UChar) == sizeof(char16_t));

const UChar *chars(const QString &text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

QString normalized(const UNormalizer2 *normalizer, const QString &text)
{
    if (!normalizer)
        return text;
    QString out(text.size() * 3 + 16, Qt::Uninitialized);
    UErrorCode error = U_ZERO_ERROR;
    int32_t length
        = unorm2_normalize(normalizer, chars(text), int32_t(text.size()),
                           reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        error = U_ZERO_ERROR;
        length
            = unorm2_normalize(normalizer, chars(text), int32_t(text.size()),
                               reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), &error);
    }
    if (U_FAILURE(error))
        return text;
    out.truncate(length);
    return out;
}

struct SpoofCheckerDeleter
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

// One checker per thread: ICU's checkers may be used by one thread at a time.
USpoofChecker *checker()
{
    thread_local std::unique_ptr<USpoofChecker, SpoofCheckerDeleter> instance = [] {
        UErrorCode error = U_ZERO_ERROR;
        USpoofChecker *made = uspoof_open(&error);
        if (U_FAILURE(error))
            return std::unique_ptr<USpoofChecker, SpoofCheckerDeleter>();
        uspoof_setRestrictionLevel(made, USPOOF_HIGHLY_RESTRICTIVE);
        uspoof_setChecks(made, USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS,
                         &error);
        return std::unique_ptr<USpoofChecker, SpoofCheckerDeleter>(made);
    }();
    return instance.get();
}

} // namespace

QString Usernames::skeleton(const QString &name)
{
    UErrorCode error = U_ZERO_ERROR;
    const QString folded = normalized(unorm2_getNFKCCasefoldInstance(&error), name);
    error = U_ZERO_ERROR;
    const QString decomposed = normalized(unorm2_getNFDInstance(&error), folded);
    QString base;
    base.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        if (u_charType(UChar32(c)) != U_NON_SPACING_MARK)
            base.append(QString::fromUcs4(&c, 1));
    }
    USpoofChecker *spoof = checker();
    if (!spoof)
        return base;
    QString out(base.size() * 4 + 16, Qt::Uninitialized);
    error = U_ZERO_ERROR;
    int32_t length
        = uspoof_getSkeleton(spoof, 0, chars(base), int32_t(base.size()),
                             reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        error = U_ZERO_ERROR;
        length = uspoof_getSkeleton(spoof, 0, chars(base), int32_t(base.size()),
                                    reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                    &error);
    }
    if (U_FAILURE(error))
        return base;
    out.truncate(length);
    return out;
}

bool Usernames::isSuspicious(const QString &name)
{
    USpoofChecker *spoof = checker();
    if (!spoof || name.isEmpty())
        return false;
    UErrorCode error = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(spoof, chars(name), int32_t(name.size()), nullptr, &error);
    return U_SUCCESS(error) && result != 0;
}

QStringList Usernames::scripts(const QString &name)
{
    QStringList names;
    for (const char32_t c : name.toUcs4()) {
        UErrorCode error = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(UChar32(c), &error);
        if (U_FAILURE(error) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
            continue;
        const QString scriptName = QString::fromLatin1(uscript_getName(script));
        if (!names.contains(scriptName))
            names.append(scriptName);
    }
    return names;
}

QString Usernames::codePoints(const QString &name)
{
    QStringList points;
    for (const char32_t c : name.toUcs4()) {
        if (c > 0x7f)
            points.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
    }
    return points.join(QLatin1Char(' '));
}

} // namespace signalbox
