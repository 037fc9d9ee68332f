// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/sanction.h"
#include "model/validation.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace casebench::ui {

class FieldMessage;
class OptionalDateEdit;

/// Edits one entry of a sanction history. Nothing is saved until Apply (Ctrl+Return), which
/// makes the change one undo step (LibrarySession::updateSanction). While the entry breaks a
/// rule of validateSanction/validateHistory the messages show beside the fields and Apply is
/// disabled; Revert puts the stored entry back.
class SanctionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SanctionEditor(QWidget *parent = nullptr);

    void setSession(LibrarySession *session);
    /// Edits the entry `id` of a case's history under its regulator; an invalid id (or one not
    /// in the history) empties and disables the editor.
    void setEntry(const QList<Sanction> &history, SanctionId id, Regulator regulator);
    [[nodiscard]] SanctionId entryId() const { return m_original ? m_original->id : SanctionId(); }

    /// True when the fields differ from the stored entry.
    [[nodiscard]] bool hasChanges() const;
    [[nodiscard]] FieldMessage *messageFor(const QString &field) const
    {
        return m_messages.value(field);
    }

    void apply();
    void revert();

private:
    void createFields();
    void layoutFields();
    void connectFields();
    void fillTypes(SanctionType current);
    void load();
    [[nodiscard]] Sanction fromFields() const;
    void onFieldsChanged();
    [[nodiscard]] ValidationIssues entryIssues(const Sanction &edited) const;
    void showIssues(const ValidationIssues &issues);
    void updateDurationHint(SanctionType type);

    QPointer<LibrarySession> m_session;
    QList<Sanction> m_history;
    std::optional<Sanction> m_original;
    Regulator m_regulator = Regulator::Other;
    bool m_loading = false;

    QComboBox *m_outcome = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_durationHint = nullptr;
    OptionalDateEdit *m_decidedOn = nullptr;
    OptionalDateEdit *m_startDate = nullptr;
    QCheckBox *m_reviewHearing = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    FieldMessage *m_general = nullptr; ///< issues about no single field, and refused edits
    QHash<QString, FieldMessage *> m_messages;
};

} // namespace casebench::ui
