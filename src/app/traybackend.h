#pragma once

#include "values.h"

#include <QObject>
#include <QString>

namespace signalbox {

// What TrayNotifier needs from a system tray: a seam so that tests can use a fake one.
class TrayBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TrayBackend() override = default;

    // False where the desktop has no system tray: then nothing is ever shown.
    virtual bool isAvailable() const = 0;
    virtual void setVisible(bool visible) = 0;
    // The count painted on the icon (0 = the plain icon) and the icon's tooltip.
    virtual void setUnreadCount(int count, const QString &toolTip) = 0;
    // A passive bubble that never takes the focus; clicking it emits bubbleClicked(messageId).
    virtual void showBubble(const QString &title, const QString &body, signalbox::Id messageId) = 0;

signals:
    void bubbleClicked(signalbox::Id messageId);
    void activated();
};

} // namespace signalbox
