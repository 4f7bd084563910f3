#pragma once

#include "values.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace signalbox {

class HistoryModel;
class Store;

// Message ▸ Edit history: every version of a message with its time and editor, and what each
// edit changed, word by word.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Store *store, const User &viewer, Id messageId, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    HistoryModel *model() const { return m_model; }
    // The document shown in the text browser, as plain text (for tests and screen readers).
    QString documentText() const;

private:
    void rebuild();
    void showVersion(int row);

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    HistoryModel *m_model = nullptr;
};

} // namespace signalbox
