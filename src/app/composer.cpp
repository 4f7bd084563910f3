#include "composer.h"
#include "ui_composer.h"

#include "appearance.h"
#include "textpreview.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>

namespace signalbox {

namespace {
constexpr qsizetype ExcerptLength = 80;
} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::Composer>())
{
    m_ui->setupUi(this);
    m_ui->editor->setObjectName(QStringLiteral("composerEdit"));
    m_ui->sendButton->setObjectName(QStringLiteral("sendButton"));
    m_ui->errorLabel->setObjectName(QStringLiteral("composerError"));
    m_ui->modeBar->setObjectName(QStringLiteral("composerModeBar"));
    m_ui->modeLabel->setObjectName(QStringLiteral("composerModeLabel"));
    m_ui->cancelModeButton->setObjectName(QStringLiteral("cancelModeButton"));
    // Focusing the composer puts the cursor in its text.
    setFocusProxy(m_ui->editor);

    const QFontMetrics metrics(m_ui->editor->font());
    m_ui->editor->setFixedHeight(metrics.lineSpacing() * 4 + 12);
    m_ui->sendButton->setMinimumHeight(metrics.lineSpacing() * 2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    ThemeColors::useErrorColor(m_ui->errorLabel);
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->hide();
    // The mode bar quotes a message: its text is shown as written, never read as markup.
    m_ui->modeLabel->setTextFormat(Qt::PlainText);
    m_ui->modeBar->setStyleSheet(
        QStringLiteral("#composerModeBar { background: palette(alternate-base); border-left: 3px "
                       "solid #3d7fd6; }"));
    m_ui->modeBar->hide();

    connect(m_ui->sendButton, &QPushButton::clicked, this, &Composer::submit);
    connect(m_ui->cancelModeButton, &QToolButton::clicked, this, &Composer::cancelMode);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->errorLabel->isHidden() && !m_ui->editor->toPlainText().isEmpty())
            clearError();
        emit textChanged();
    });

    // Ctrl+Enter and Esc belong to the text box itself, whatever the window's shortcuts are.
    m_ui->editor->installEventFilter(this);

    setRecipient({});
}

Composer::~Composer() = default;

QString Composer::text() const
{
    return m_ui->editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_ui->editor->setPlainText(text);
    m_ui->editor->moveCursor(QTextCursor::End);
}

void Composer::setRecipient(const QString &name)
{
    if (name != m_recipient && m_mode != Mode::Compose)
        cancelMode();
    m_recipient = name;
    const bool open = !name.isEmpty();
    m_ui->editor->setEnabled(open);
    m_ui->sendButton->setEnabled(open);
    m_ui->editor->setPlaceholderText(open ? tr("Write to %1… (Ctrl+Enter sends)").arg(name)
                                          : tr("Choose a conversation to write a message."));
    clearError();
}

void Composer::startReply(Id parentId, const QString &senderName, const QString &content)
{
    if (m_mode == Mode::Edit)
        cancelMode();
    setMode(Mode::Reply, parentId, tr("Replying to %1: %2").arg(senderName, excerpt(content)));
    m_ui->sendButton->setText(tr("&Reply"));
    m_ui->sendButton->setAccessibleName(tr("Send reply"));
    m_ui->editor->setFocus();
}

void Composer::startEdit(Id messageId, const QString &content)
{
    if (m_mode != Mode::Edit)
        m_savedDraft = text();
    setMode(Mode::Edit, messageId, tr("Editing your message: %1").arg(excerpt(content)));
    m_ui->sendButton->setText(tr("&Save"));
    m_ui->sendButton->setAccessibleName(tr("Save the edited message"));
    setText(content);
    m_ui->editor->setFocus();
}

void Composer::cancelMode()
{
    if (m_mode == Mode::Compose)
        return;
    const bool wasEditing = m_mode == Mode::Edit;
    setMode(Mode::Compose, 0, {});
    if (wasEditing) {
        setText(m_savedDraft);
        m_savedDraft.clear();
    }
}

void Composer::setMode(Mode mode, Id targetId, const QString &label)
{
    m_mode = mode;
    m_targetId = targetId;
    m_ui->modeLabel->setText(label);
    m_ui->modeLabel->setToolTip(label.isEmpty() ? QString() : Qt::convertFromPlainText(label));
    m_ui->modeBar->setVisible(mode != Mode::Compose);
    if (mode == Mode::Compose) {
        m_ui->sendButton->setText(tr("&Send"));
        m_ui->sendButton->setAccessibleName(tr("Send"));
    }
    clearError();
    emit modeChanged(mode);
}

void Composer::submit()
{
    if (!m_ui->sendButton->isEnabled())
        return;
    emit submitted(m_mode, m_targetId, text());
}

void Composer::submitSucceeded()
{
    const bool wasEditing = m_mode == Mode::Edit;
    m_ui->editor->clear();
    setMode(Mode::Compose, 0, {});
    if (wasEditing) {
        setText(m_savedDraft);
        m_savedDraft.clear();
    }
}

void Composer::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->editor->setFocus();
}

void Composer::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

QString Composer::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_mode != Mode::Compose) {
            cancelMode();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString Composer::excerpt(const QString &content)
{
    return QStringLiteral("“%1”").arg(oneLinePreview(content, ExcerptLength));
}

} // namespace signalbox
