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
#include "services/libraryworker.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QStatusBar>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// Reads a project; every failure as a LibraryError naming the file.
QdpxProject readProject(const QString &path)
{
    try {
        return QdpxReader::read(path);
    } catch (const LibraryError &) {
        throw;
    } catch (const std::exception &e) {
        throw LibraryError(LibraryError::Kind::InvalidData,
                           QdpxController::tr("“%1” could not be read: %2.")
                               .arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
    }
}

} // namespace

QdpxController::QdpxController(QWidget *window, SessionHost *host)
    : Feature(host, window), m_window(window),
      m_exportAction(new QAction(tr("REFI-QDA &Project…"), this)),
      m_importAction(new QAction(tr("REFI-QDA &Project…"), this)), m_jobs(new BackgroundJobs(this))
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
         .needs = Needs::Writable,
         .shortcuts = {}},
    };
}

QdpxExportResult QdpxController::writeCase(CaseId id, const QString &path, bool anonymise)
{
    LibrarySession *session = host()->session();
    if (!session)
        return {};
    Library &library = session->library();
    return writeCase(library, id, path, anonymise, library.author());
}

QdpxExportResult QdpxController::writeCase(Library &library, CaseId id, const QString &path,
                                           bool anonymise, const QString &reviewer)
{
    QdpxExportOptions options;
    options.anonymise = anonymise;
    if (anonymise)
        options.anonymiser = Anonymiser::forCase(library, id);
    options.reviewer = reviewer;
    return QdpxExporter::write(library, id, path, options);
}

void QdpxController::startWriteCase(CaseId id, const QString &path, bool anonymise)
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    const QString reviewer = session->library().author();
    // On a connection of its own, closed when done; the window stays usable meanwhile.
    m_jobs->worker().setLibraryPath(session->library().path());
    auto *window = qobject_cast<QMainWindow *>(m_window);
    if (window)
        window->statusBar()->showMessage(
            tr("Exporting to “%1”…").arg(QDir::toNativeSeparators(path)));
    m_jobs->request(
        u"export:"_s + path,
        [id, path, anonymise, reviewer](LibraryWorker::State &state, JobControl &) {
            const auto close = qScopeGuard([&state] { state.close(); });
            return writeCase(state.open(), id, path, anonymise, reviewer);
        },
        [this, window, path](const QdpxExportResult &result) {
            if (window)
                window->statusBar()->clearMessage();
            Q_EMIT exportFinished(path, result);
            if (!m_showMessages)
                return;
            QString text = tr("Wrote %1 documents and %2 passages to “%3”.")
                               .arg(result.documents)
                               .arg(result.passages)
                               .arg(QDir::toNativeSeparators(path));
            if (result.orphanedPassages > 0)
                text += u' '
                        + tr("%1 passages not found again in their documents were left out.")
                              .arg(result.orphanedPassages);
            plainmessage::information(m_window, tr("Export REFI-QDA Project"), text);
        },
        [this, window](const QString &message) {
            if (window)
                window->statusBar()->clearMessage();
            Q_EMIT exportFailed(message);
            if (m_showMessages)
                showError(message);
        });
}

bool QdpxController::isBusy() const
{
    return m_jobs->isBusy();
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
    startWriteCase(id, path, anonymise == QMessageBox::Yes);
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
    // Cancelling drops the result when it comes (the read itself cannot be interrupted).
    connect(m_progress, &QProgressDialog::canceled, this, [this, path] {
        m_jobs->cancel(u"read:"_s + path);
        if (m_progress)
            m_progress->deleteLater();
    });
    m_jobs->request(
        u"read:"_s + path,
        [path](LibraryWorker::State &, JobControl &) { return readProject(path); },
        [this, path](const QdpxProject &project) {
            if (m_progress)
                m_progress->deleteLater();
            LibrarySession *session = host()->session();
            if (!session)
                return;
            try {
                const CaseId selected = host()->currentCase();
                QString reference;
                if (selected.isValid()) {
                    if (const auto c = session->library().cases().find(selected))
                        reference = c->reference;
                }
                QdpxImportDialog dialog(project, QdpxImporter::match(session->library(), project),
                                        session->library().codebook().all(), reference, m_window);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const QdpxImportReport report = importProject(project, dialog.options(selected),
                                                              path);
                plainmessage::information(m_window, tr("Import REFI-QDA Project"),
                                          reportText(report));
            } catch (const LibraryError &e) {
                showError(e.message());
            }
        },
        [this](const QString &message) {
            if (m_progress)
                m_progress->deleteLater();
            showError(message);
        });
}

void QdpxController::showError(const QString &message)
{
    plainmessage::warning(m_window, tr("Casebench"), message);
}

} // namespace casebench::ui
