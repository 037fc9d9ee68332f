// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/case.h"
#include "model/validation.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace casebench::ui {

class FieldMessage;
class OptionalDateEdit;

/// Every field of a case. Each field is saved on its own when its edit finishes, as one undo
/// step (LibrarySession::updateCase). A value that breaks a rule (an Error from
/// validation::validateCase) is not saved: its message stays in red beside the field until it
/// is corrected or Esc puts the saved values back. Warnings show in amber; the value is saved.
class CaseForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseForm(QWidget *parent = nullptr);
    ~CaseForm() override;

    void setSession(LibrarySession *session);
    /// Shows a case (an invalid id empties and disables the form).
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_case ? m_case->id : CaseId(); }

    /// The message label beside a field, by the field's JSON key ("reference", "decision_date").
    [[nodiscard]] FieldMessage *messageFor(const QString &field) const
    {
        return m_messages.value(field);
    }
    /// Puts the cursor in the reference field, selecting it (after "New case").
    void focusReference();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFields();
    void layoutFields();
    void connectCommits();
    void watch(QWidget *editor);

    void load();
    void clearFields();
    [[nodiscard]] Case fromFields() const;
    void commit(const QString &field, const QString &what);
    void revert();
    void showIssues(const ValidationIssues &issues, const QString &editedField);
    void onCaseChanged(CaseId id);

    QPointer<LibrarySession> m_session;
    std::optional<Case> m_case; ///< as stored
    bool m_loading = false;

    QLineEdit *m_reference = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_regulator = nullptr;
    QComboBox *m_profession = nullptr;
    QLineEdit *m_registrant = nullptr;
    QComboBox *m_hearingType = nullptr;
    OptionalDateEdit *m_hearingDate = nullptr;
    OptionalDateEdit *m_decisionDate = nullptr;
    QPlainTextEdit *m_allegation = nullptr;
    QComboBox *m_facts = nullptr;
    QMap<StatutoryGround, QCheckBox *> m_grounds;
    QComboBox *m_impairment = nullptr;
    QComboBox *m_role = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, FieldMessage *> m_messages;
    QList<QWidget *> m_watched; ///< editors whose keys and focus eventFilter() sees
};

} // namespace casebench::ui
