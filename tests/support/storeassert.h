#pragma once

#include "storeerror.h"

#include <QTest>

// Checks on Result/Status values that print the store's own message when they fail.

// The result must be a success.
#define SB_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &sbResult_ = (expr);                                                            \
        QVERIFY2(sbResult_.ok(), sbResult_.ok() ? "" : qPrintable(sbResult_.error().message));     \
    } while (false)

// The result must be the error `expectedCode` (a StoreError::Code).
#define SB_VERIFY_ERROR(expr, expectedCode)                                                        \
    do {                                                                                           \
        const auto &sbResult_ = (expr);                                                            \
        QVERIFY2(!sbResult_.ok(), "the operation succeeded but should have failed");               \
        QCOMPARE(::signalbox::StoreError::codeName(sbResult_.error().code),                        \
                 ::signalbox::StoreError::codeName(expectedCode));                                 \
    } while (false)
