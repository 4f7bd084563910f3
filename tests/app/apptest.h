#pragma once

#include "appsettings.h"

#include <QAbstractItemView>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

// Small helpers shared by the application's widget tests.
namespace signalbox::test {

// Settings go to a test location and start empty, so that no test reads the user's own.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings().settings().clear();
}

// The child with that objectName, or nullptr (the caller QVERIFYs it).
template<typename T = QWidget>
T *child(const QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// Clicks the centre of a row of an item view, as a person would.
inline void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace signalbox::test
