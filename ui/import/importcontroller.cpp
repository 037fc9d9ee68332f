// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"
#include "plainmessage.h"

#include "bulkreviewdialog.h"
#include "commands/librarysession.h"
#include "importdialog.h"
#include "importsummarydialog.h"
#include "services/bulkimporter.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "suggestionsdialog.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStyle>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ImportController::ImportController(QWidget *window, SessionHost *host)
    : Feature(host, window), m_window(window)
{
    setObjectName(u"importController"_s);
    m_importAction = new QAction(tr("&Import Documents…"), window);
    m_importAction->setObjectName(u"actionImportDocuments"_s);
    m_importAction->setIcon(QIcon::fromTheme(
        u"document-import"_s, window->style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_importAction->setStatusTip(
        tr("Import decisions (PDF, Word, OpenDocument, web pages, text) into a case or new cases"));
    connect(m_importAction, &QAction::triggered, this, [this] { importWithDialog(); });
    m_reviewAction = new QAction(tr("Review Import &Suggestions…"), window);
    m_reviewAction->setObjectName(u"actionReviewSuggestions"_s);
    m_reviewAction->setStatusTip(tr(
        "Compare the selected case with what its imported decisions suggest, and accept or dismiss each suggestion"));
    connect(m_reviewAction, &QAction::triggered, this,
            [this] { reviewSuggestions(this->host()->currentCase()); });
    m_reviewAllAction = new QAction(tr("Review Suggestions of &All Cases…"), window);
    m_reviewAllAction->setObjectName(u"actionReviewAllSuggestions"_s);
    m_reviewAllAction->setStatusTip(tr(
        "Every case with suggestions still to review, in one table: accept all, the confident ones, or case by case"));
    connect(m_reviewAllAction, &QAction::triggered, this, [this] { reviewMany({}); });
    updateActions();
}

QList<FeatureAction> ImportController::actions() const
{
    return {
        {.action = m_importAction,
         .menu = MenuId::File,
         .group = 20,
         .position = 10,
         .needs = Needs::Writable,
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_I)}},
        {.action = m_reviewAction,
         .menu = MenuId::Edit,
         .group = 20,
         .position = 30,
         .needs = Needs::Writable,
         .shortcuts = {}},
        {.action = m_reviewAllAction,
         .menu = MenuId::Edit,
         .group = 20,
         .position = 40,
         .needs = Needs::Writable,
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}},
    };
}

bool ImportController::acceptsDrop(const QMimeData &data) const
{
    return host()->session() != nullptr && !localPaths(data.urls()).isEmpty();
}

void ImportController::drop(const QMimeData &data)
{
    const QStringList paths = localPaths(data.urls());
    if (host()->session() && !paths.isEmpty())
        importWithDialog(paths);
}

ImportController::~ImportController()
{
    // The importer cancels and waits for its threads when it is destroyed with us.
}

QStringList ImportController::localPaths(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void ImportController::close()
{
    delete m_suggestions;
    delete m_bulkReview;
}

QProgressDialog *ImportController::progressDialog() const
{
    return m_progress;
}

ImportSummaryDialog *ImportController::summaryDialog() const
{
    return m_summary;
}

SuggestionsDialog *ImportController::suggestionsDialog() const
{
    return m_suggestions;
}

ImportDialog *ImportController::importDialog() const
{
    return m_dialog;
}

bool ImportController::isRunning() const
{
    return m_importer && m_importer->isRunning();
}

void ImportController::importWithDialog(const QStringList &paths)
{
    LibrarySession *session = host()->session();
    if (!session) {
        showMessage(tr("Open or create a library first; documents are imported into a library."));
        return;
    }
    if (isRunning()) {
        showMessage(tr("An import is already running; wait for it to finish or cancel it."));
        return;
    }
    const CaseId selected = host()->currentCase();
    const auto c = selected.isValid() ? session->library().cases().find(selected) : std::nullopt;
    delete m_dialog;
    m_dialog = new ImportDialog(c ? c->id : CaseId(), c ? c->reference : QString(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->addPaths(paths);
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog] { start(dialog->paths(), dialog->target()); });
    m_dialog->open();
}

void ImportController::start(const QStringList &paths, const ImportTarget &target)
{
    LibrarySession *session = host()->session();
    if (!session || isRunning())
        return;
    const QStringList files = BulkImporter::collectFiles(paths);
    if (files.isEmpty()) {
        showMessage(tr(
            "There is nothing to import: the folders hold no PDF, Word, OpenDocument, web page, text or Markdown files."));
        return;
    }
    delete m_importer;
    m_importer = new BulkImporter(this);
    connect(m_importer, &BulkImporter::fileFinished, this, &ImportController::onFileFinished);
    connect(m_importer, &BulkImporter::finished, this, &ImportController::onFinished);

    delete m_progress;
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0,
                                     static_cast<int>(files.size()), m_window);
    m_progress->setObjectName(u"importProgressDialog"_s);
    m_progress->setWindowTitle(tr("Importing Documents"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(460);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_importer, [this] {
        m_importer->cancel();
        m_progress->setLabelText(tr("Cancelling after the file being stored…"));
    });
    connect(m_importer, &BulkImporter::progress, m_progress,
            [progress = m_progress](int done, int total, const QString &current) {
                progress->setMaximum(total);
                progress->setValue(done);
                if (!current.isEmpty() && !progress->wasCanceled())
                    progress->setLabelText(tr("Importing %1 (%2 of %3)…")
                                               .arg(QFileInfo(current).fileName())
                                               .arg(done + 1)
                                               .arg(total));
            });
    m_progress->show();
    m_libraryPath = session->library().path();
    m_importer->start(m_libraryPath, files, target);
}

void ImportController::onFileFinished(const ImportOutcome &outcome)
{
    LibrarySession *session = host()->session();
    // Another library may have been opened meanwhile: its views are not told of this one's cases.
    if (!session || outcome.status != ImportStatus::Imported
        || session->library().path() != m_libraryPath)
        return;
    // The import wrote through its own connection; the session's views learn of it here, as
    // they would of an edit.
    if (outcome.caseCreated)
        Q_EMIT session->caseAdded(outcome.caseId);
    else
        Q_EMIT session->caseChanged(outcome.caseId);
}

void ImportController::onFinished(bool cancelled)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (!m_importer->error().isEmpty()) {
        showMessage(m_importer->error());
        return;
    }
    const QList<ImportOutcome> outcomes = m_importer->results();
    delete m_summary;
    m_summary = new ImportSummaryDialog(outcomes, cancelled, m_window);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_summary, &ImportSummaryDialog::reviewSuggestionsRequested, this,
            &ImportController::reviewSuggestions);
    connect(m_summary, &ImportSummaryDialog::reviewImportedRequested, this,
            &ImportController::reviewMany);
    m_summary->open();
    Q_EMIT importFinished(outcomes, cancelled);
}

void ImportController::reviewSuggestions(CaseId caseId)
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    if (!caseId.isValid()) {
        showMessage(tr("Select a case to review the suggestions its documents made."));
        return;
    }
    delete m_suggestions;
    m_suggestions = new SuggestionsDialog(session, caseId, m_window);
    m_suggestions->setAttribute(Qt::WA_DeleteOnClose);
    m_suggestions->open();
}

void ImportController::reviewMany(const QList<CaseId> &cases)
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    delete m_bulkReview;
    m_bulkReview = new BulkReviewDialog(session, cases, m_window);
    m_bulkReview->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkReview->open();
}

BulkReviewDialog *ImportController::bulkReviewDialog() const
{
    return m_bulkReview;
}

void ImportController::showMessage(const QString &text)
{
    auto *box = plainmessage::create(QMessageBox::Information, tr("Import Documents"), text,
                                     QMessageBox::Ok, m_window);
    box->setObjectName(u"importMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace casebench::ui
