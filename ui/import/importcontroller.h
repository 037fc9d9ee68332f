// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"
#include "services/importservice.h"

#include <QPointer>
#include <QStringList>

class QAction;
class QProgressDialog;
class QWidget;

namespace casebench {
class BulkImporter;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

class ImportDialog;
class ImportSummaryDialog;
class SuggestionsDialog;
class BulkReviewDialog;

/// Runs imports for a window: the import dialog, the bulk import in the background with a
/// progress dialog and its Cancel button (the window stays responsive), the summary at the end,
/// and the review of a case's suggestions. Every dialog is opened without blocking. Files and
/// folders dropped on the window open the import dialog.
class ImportController : public Feature
{
    Q_OBJECT

public:
    ImportController(QWidget *window, SessionHost *host);
    ~ImportController() override;

    /// File ▸ Import Documents… (Ctrl+I) and the two reviews in Edit, for a writable library.
    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] bool acceptsDrop(const QMimeData &data) const override;
    void drop(const QMimeData &data) override;
    /// Closes the suggestion dialogs, which hold the session of the library closing.
    void close() override;

    /// Opens the import dialog (files or folders, selected case or new cases), with `paths`
    /// already listed (e.g. dropped on the window).
    void importWithDialog(const QStringList &paths = {});
    /// Imports files and folders into the open library in the background.
    void start(const QStringList &paths, const ImportTarget &target);
    /// Opens the suggestions of a case for review.
    void reviewSuggestions(CaseId caseId);
    /// The suggestions of many cases in one table; an empty list: every case with open ones.
    void reviewMany(const QList<CaseId> &cases);

    /// File ▸ Import Documents…: the import dialog.
    [[nodiscard]] QAction *importAction() const { return m_importAction; }
    /// Edit ▸ Review Import Suggestions…: the selected case's suggestions.
    [[nodiscard]] QAction *reviewSuggestionsAction() const { return m_reviewAction; }
    [[nodiscard]] QAction *reviewAllSuggestionsAction() const { return m_reviewAllAction; }

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] BulkImporter *importer() const { return m_importer; }
    /// The dialogs now showing (null when none), for tests and the window.
    [[nodiscard]] QProgressDialog *progressDialog() const;
    [[nodiscard]] ImportSummaryDialog *summaryDialog() const;
    [[nodiscard]] SuggestionsDialog *suggestionsDialog() const;
    [[nodiscard]] BulkReviewDialog *bulkReviewDialog() const;
    [[nodiscard]] ImportDialog *importDialog() const;

    /// Local files and folders among dropped URLs.
    static QStringList localPaths(const QList<QUrl> &urls);

Q_SIGNALS:
    /// An import has ended (all files, or cancelled) and its summary is showing.
    void importFinished(const QList<casebench::ImportOutcome> &outcomes, bool cancelled);

private:
    void onFileFinished(const ImportOutcome &outcome);
    void onFinished(bool cancelled);
    void showMessage(const QString &text);

    QWidget *m_window;
    BulkImporter *m_importer = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_reviewAllAction = nullptr;
    QString m_libraryPath; ///< of the import running or last run
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportDialog> m_dialog;
    QPointer<ImportSummaryDialog> m_summary;
    QPointer<SuggestionsDialog> m_suggestions;
    QPointer<BulkReviewDialog> m_bulkReview;
};

} // namespace casebench::ui
