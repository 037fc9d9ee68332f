// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/factor.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace casebench::ui {

class CodebookTreeModel;

/// The codebook editor (Tools ▸ Codebook…): the factors as a tree, and the selected factor's
/// fields: name, colour, parent, category, polarity, shortcut, description and the phrases that
/// suggest it. Add, merge, delete (asking what happens to the passages), import and export
/// JSON. Every change goes through the session as an undoable edit.
class CodebookEditor : public QDialog
{
    Q_OBJECT

public:
    explicit CodebookEditor(LibrarySession *session, QWidget *parent = nullptr);

    [[nodiscard]] CodebookTreeModel *model() const { return m_model; }
    [[nodiscard]] FactorId currentFactor() const;
    void selectFactor(FactorId id);

    /// Writes the form to the selected factor (one undoable edit). Returns false and shows why
    /// when the session refuses it.
    bool applyEdits();
    /// Adds a factor under the selected category or factor, named "New factor" (then editable).
    FactorId addFactor();
    /// Deletes the selected factor, asking what to do with its passages when it has some.
    void deleteSelected();
    /// Merges the selected factor into another, chosen in a list.
    void mergeSelected();
    /// Imports a codebook file; shows a message and returns false when it cannot be read.
    bool importFile(const QString &path, LibrarySession::CodebookImport mode);
    /// Exports the codebook; returns false (with a message shown) when the file cannot be written.
    bool exportFile(const QString &path);

    /// The last message shown under the form (errors, results).
    [[nodiscard]] QString message() const;

private:
    void buildForm(QWidget *form);
    void loadForm();
    void fillParents(const Factor *current);
    void chooseColour();
    void showColour();
    void askImport();
    void askExport();
    void showMessage(const QString &text, bool error);
    [[nodiscard]] std::optional<Factor> factor(FactorId id) const;

    QPointer<LibrarySession> m_session;
    CodebookTreeModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_name;
    QPushButton *m_colour;
    QPushButton *m_categoryColour;
    QComboBox *m_parent;
    QComboBox *m_category;
    QComboBox *m_polarity;
    QKeySequenceEdit *m_shortcut;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_phrases;
    QPushButton *m_apply;
    QLabel *m_message;
    QColor m_colourValue;
    FactorId m_loaded;
};

} // namespace casebench::ui
