// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class AnonymisationListModel;

/// Case ▸ Anonymisation List…: the names and identifiers an anonymised export replaces for one
/// case. A table of entries (original, replacement, kind, confirmed, how often found), a line to
/// add a name, Suggest from Text (adds unconfirmed suggestions), Confirm All, Remove, and a
/// preview of a document as it will be exported. Every edit is undoable (Ctrl+Z here too).
class AnonymisationDialog : public QDialog
{
    Q_OBJECT

public:
    AnonymisationDialog(LibrarySession &session, CaseId caseId, QWidget *parent = nullptr);

    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    [[nodiscard]] AnonymisationListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QPlainTextEdit *preview() const { return m_preview; }
    [[nodiscard]] QComboBox *documentChoice() const { return m_document; }

    /// Adds the name typed in the line (what the Add button does).
    void addTyped();
    /// Adds the suggestions found in the case's documents, unconfirmed; returns how many.
    int suggestFromText();
    /// Confirms every entry on the list.
    void confirmAll();
    /// Removes the selected entries (the registrant's names stay: unconfirm them instead).
    void removeSelected();

private:
    void updatePreview();
    void updateButtons();
    void fillDocuments();
    void showMessage(const QString &message);

    LibrarySession &m_session;
    CaseId m_caseId;
    AnonymisationListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QLineEdit *m_replacement;
    QPushButton *m_add;
    QPushButton *m_suggest;
    QPushButton *m_confirmAll;
    QPushButton *m_remove;
    QLabel *m_message;
    QComboBox *m_document;
    QPlainTextEdit *m_preview;
};

} // namespace casebench::ui
