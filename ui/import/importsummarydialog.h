// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace casebench::ui {

class ImportSummaryModel;

/// What an import did, file by file: imported, skipped as a duplicate, or failed and why.
/// "Review Suggestions" opens the suggestions of the selected file's case.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSummaryDialog(const QList<ImportOutcome> &outcomes, bool cancelled,
                        QWidget *parent = nullptr);

    [[nodiscard]] ImportSummaryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLabel *headline() const { return m_headline; }

Q_SIGNALS:
    void reviewSuggestionsRequested(casebench::CaseId caseId);
    /// Review All Imported: the cases the import made or added to.
    void reviewImportedRequested(const QList<casebench::CaseId> &cases);

public:
    /// The cases this import made or added documents to, in file order.
    [[nodiscard]] QList<CaseId> importedCases() const;

private:
    void updateButtons();

    ImportSummaryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_headline = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_reviewAll = nullptr;
};

} // namespace casebench::ui
