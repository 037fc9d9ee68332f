// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxcontroller.h"
#include "plainmessage.h"

#include "commands/importqdpxcommand.h"
#include "commands/librarysession.h"
#include "export/anonymiser.h"
#include "export/qdpxproject.h"
#include "export/qdpxreader.h"
#include "model/libraryerror.h"
#include "qdpximportdialog.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// What the background read gives back: the project, or the sentence saying why not.
struct ReadOutcome
{
    std::optional<QdpxProject> project;
    QString error;
};

ReadOutcome readProject(const QString &path)
{
    ReadOutcome outcome;
    try {
        outcome.project = QdpxReader::read(path);
    } catch (const LibraryError &e) {
        outcome.error = e.message();
    } catch (const std::exception &e) {
        outcome.error = QdpxController::tr("“%1” could not be read: %2.")
                            .arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()));
    }
    return outcome;
}

} // namespace

QdpxController::QdpxController(QWidget *window, SessionHost *host)
    : Feature(host, window), m_window(window),
      m_exportAction(new QAction(tr("REFI-QDA &Project…"), this)),
      m_importAction(new QAction(tr("REFI-QDA &Project…"), this))
{
    m_exportAction->setObjectName(u"actionExportQdpx"_s);
    m_exportAction->setStatusTip(tr(
        "Export the selected case as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder"));
    m_importAction->setObjectName(u"actionImportQdpx"_s);
    m_importAction->setStatusTip(
        tr("Import the text sources and codings of a REFI-QDA project (.qdpx)"));
    connect(m_exportAction, &QAction::triggered, this, &QdpxController::exportProject);
    connect(m_importAction, &QAction::triggered, this, qOverload<>(&QdpxController::importProject));
    connect(this, &QdpxController::caseImported, host, &SessionHost::showCase);
    updateActions();
}

QList<FeatureAction> QdpxController::actions() const
{
    return {
        {.action = m_exportAction,
         .menu = MenuId::FileExport,
         .group = 10,
         .position = 40,
         .needs = Needs::Case,
         .shortcuts = {}},
        {.action = m_importAction,
         .menu = MenuId::FileImport,
         .group = 10,
         .position = 20,
         .needs = Needs::Session,
         .shortcuts = {}},
    };
}

QdpxExportResult QdpxController::writeCase(CaseId id, const QString &path, bool anonymise)
{
    LibrarySession *session = host()->session();
    if (!session)
        return {};
    Library &library = session->library();
    QdpxExportOptions options;
    options.anonymise = anonymise;
    if (anonymise)
        options.anonymiser = Anonymiser::forCase(library, id);
    options.reviewer = library.database().author();
    return QdpxExporter::write(library, id, path, options);
}

QdpxImportReport QdpxController::importProject(const QdpxProject &project,
                                               const QdpxImportOptions &options,
                                               const QString &path)
{
    LibrarySession *session = host()->session();
    if (!session)
        return {};
    const QdpxImportReport report = ImportQdpxCommand::importInto(*session, project, options, path);
    if (!report.cases.isEmpty())
        Q_EMIT caseImported(report.cases.constFirst());
    return report;
}

QString QdpxController::reportText(const QdpxImportReport &report)
{
    QStringList lines;
    lines.append(tr("Imported %1 documents and %2 passages (%3 new cases, %4 new factors).")
                     .arg(report.documents)
                     .arg(report.passages)
                     .arg(report.casesCreated)
                     .arg(report.factorsCreated));
    if (!report.skippedSources.isEmpty()) {
        lines.append(tr("Skipped %1 sources that are not plain text: %2.")
                         .arg(report.skippedSources.size())
                         .arg(report.skippedSources.join(u", "_s)));
    }
    for (const QdpxImportReport::Unmapped &u : report.unmappedCodes)
        lines.append(tr("Not imported: %1 codings of “%2”.").arg(u.codings).arg(u.code));
    if (report.emptySelections > 0)
        lines.append(
            tr("Passed over %1 coded selections of no characters.").arg(report.emptySelections));
    lines += report.warnings;
    return lines.join(u'\n');
}

void QdpxController::exportProject()
{
    LibrarySession *session = host()->session();
    const CaseId id = host()->currentCase();
    if (!session || !id.isValid())
        return;
    QString reference;
    try {
        if (const auto c = session->library().cases().find(id))
            reference = c->reference;
    } catch (const LibraryError &e) {
        showError(e.message());
        return;
    }
    const auto anonymise = plainmessage::question(
        m_window, tr("Export REFI-QDA Project"),
        tr("Apply the anonymisation list of %1 to everything the project holds?").arg(reference),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (anonymise == QMessageBox::Cancel)
        return;
    // An anonymised project is named after the anonymised reference, never the real one.
    const QString stem = anonymise == QMessageBox::Yes
                             ? anonymisedFileStem(session->library(), id, reference)
                             : reference;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export REFI-QDA Project"),
                                                      stem + u".qdpx"_s,
                                                      tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const QdpxExportResult result = writeCase(id, path, anonymise == QMessageBox::Yes);
        QGuiApplication::restoreOverrideCursor();
        QString text = tr("Wrote %1 documents and %2 passages to “%3”.")
                           .arg(result.documents)
                           .arg(result.passages)
                           .arg(QDir::toNativeSeparators(path));
        if (result.orphanedPassages > 0)
            text += u' '
                    + tr("%1 passages not found again in their documents were left out.")
                          .arg(result.orphanedPassages);
        plainmessage::information(m_window, tr("Export REFI-QDA Project"), text);
    } catch (const LibraryError &e) {
        QGuiApplication::restoreOverrideCursor();
        showError(e.message());
    }
}

void QdpxController::importProject()
{
    if (!host()->session() || m_progress)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import REFI-QDA Project"), {},
                                                      tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return;
    projectRead(path);
}

void QdpxController::projectRead(const QString &path)
{
    // Reading and checking the package (unzipping, parsing, every reference) runs off the UI
    // thread; it touches no library.
    m_progress = new QProgressDialog(tr("Reading “%1”…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, watcher, &QObject::deleteLater);
    // Cancelling drops the result when it comes (the read itself cannot be interrupted).
    connect(m_progress, &QProgressDialog::canceled, this, [this, watcher] {
        watcher->disconnect(this);
        if (m_progress)
            m_progress->deleteLater();
    });
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, this, [this, watcher, path] {
        if (m_progress)
            m_progress->deleteLater();
        const ReadOutcome outcome = watcher->result();
        LibrarySession *session = host()->session();
        if (!session)
            return;
        if (!outcome.project) {
            showError(outcome.error);
            return;
        }
        try {
            const CaseId selected = host()->currentCase();
            QString reference;
            if (selected.isValid()) {
                if (const auto c = session->library().cases().find(selected))
                    reference = c->reference;
            }
            QdpxImportDialog dialog(*outcome.project,
                                    QdpxImporter::match(session->library(), *outcome.project),
                                    session->library().codebook().all(), reference, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const QdpxImportReport report = importProject(*outcome.project,
                                                          dialog.options(selected), path);
            plainmessage::information(m_window, tr("Import REFI-QDA Project"), reportText(report));
        } catch (const LibraryError &e) {
            showError(e.message());
        }
    });
    watcher->setFuture(QtConcurrent::run(readProject, path));
}

void QdpxController::showError(const QString &message)
{
    plainmessage::warning(m_window, tr("Casebench"), message);
}

} // namespace casebench::ui
