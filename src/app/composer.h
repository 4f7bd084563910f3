#pragma once

#include "values.h"

#include <QWidget>

#include <memory>

namespace Ui {
class Composer;
}

namespace signalbox {

// The text box under a conversation: writes a new message, a reply (with a "Replying to …" bar)
// or a new version of one's own message. It only collects text; the window sends it and tells
// the composer whether that worked, so that nothing typed is lost when the store says no.
class Composer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Compose, Reply, Edit };
    Q_ENUM(Mode)

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    Mode mode() const { return m_mode; }
    // The message replied to or edited (0 in Compose mode).
    Id targetId() const { return m_targetId; }
    QString text() const;
    void setText(const QString &text);

    // Who a new message goes to ("" = no conversation open: the composer is disabled).
    void setRecipient(const QString &name);
    void startReply(Id parentId, const QString &senderName, const QString &content);
    void startEdit(Id messageId, const QString &content);
    // Back to Compose mode; an edit gives back the draft it replaced.
    void cancelMode();

    // The window's answers to submitted().
    void submitSucceeded();
    void showError(const QString &message);
    void clearError();
    QString errorText() const;

signals:
    void submitted(signalbox::Composer::Mode mode, signalbox::Id targetId, const QString &text);
    void modeChanged(signalbox::Composer::Mode mode);
    // The text changed (typed, pasted or set).
    void textChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void setMode(Mode mode, Id targetId, const QString &label);
    static QString excerpt(const QString &content);

    std::unique_ptr<Ui::Composer> m_ui;
    Mode m_mode = Mode::Compose;
    Id m_targetId = 0;
    QString m_recipient;
    QString m_savedDraft; // the new-message draft put aside while editing
};

} // namespace signalbox
