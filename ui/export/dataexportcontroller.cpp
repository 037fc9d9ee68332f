// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexportcontroller.h"
#include "plainmessage.h"

#include "commands/importcasecommand.h"
#include "commands/librarysession.h"
#include "export/anonymisationverifier.h"
#include "export/anonymiser.h"
#include "export/casejsonexport.h"
#include "export/casejsonreader.h"
#include "export/csvexport.h"
#include "export/exportedcase.h"
#include "model/casereference.h"
#include "model/libraryerror.h"
#include "services/casejsonimporter.h"
#include "services/libraryworker.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QRadioButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QString shown(const QString &path)
{
    return u"“"_s + QDir::toNativeSeparators(path) + u"”"_s;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw LibraryError(LibraryError::Kind::Io,
                           DataExportController::tr("%1 could not be written: %2.")
                               .arg(shown(path), file.errorString()));
    }
}

/// What to export, asked before the file: for CSV the table (the filtered case table or the
/// selected case's passages), and whether to anonymise.
class ExportChoiceDialog : public QDialog
{
public:
    ExportChoiceDialog(QWidget *parent, const QString &title, int visibleCases,
                       const QString &selectedReference, bool offerTables)
        : QDialog(parent)
    {
        setWindowTitle(title);
        auto *layout = new QVBoxLayout(this);
        if (offerTables) {
            m_caseTable = new QRadioButton(
                DataExportController::tr("The case table as filtered (%n cases), one row per case",
                                         nullptr, visibleCases),
                this);
            m_passages = new QRadioButton(
                selectedReference.isEmpty()
                    ? DataExportController::tr("The selected case's passages (no case selected)")
                    : DataExportController::tr("The passages of %1, one row each, and its case row")
                          .arg(selectedReference),
                this);
            m_passages->setEnabled(!selectedReference.isEmpty());
            (selectedReference.isEmpty() ? m_caseTable : m_passages)->setChecked(true);
            layout->addWidget(m_caseTable);
            layout->addWidget(m_passages);
        } else {
            layout->addWidget(
                new QLabel(DataExportController::tr(
                               "Case %1 with its documents, sanction history and passages.")
                               .arg(selectedReference),
                           this));
        }
        m_anonymise = new QCheckBox(
            DataExportController::tr("&Anonymise (apply each case's anonymisation list)"), this);
        layout->addWidget(m_anonymise);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    [[nodiscard]] bool passages() const { return m_passages && m_passages->isChecked(); }
    [[nodiscard]] bool anonymise() const { return m_anonymise->isChecked(); }

private:
    QRadioButton *m_caseTable = nullptr;
    QRadioButton *m_passages = nullptr;
    QCheckBox *m_anonymise = nullptr;
};

} // namespace

DataExportController::DataExportController(QWidget *window, SessionHost *host,
                                           VisibleCasesGetter visibleCases)
    : Feature(host, window), m_window(window), m_visibleCases(std::move(visibleCases))
{
    m_jobs = new BackgroundJobs(this);
    m_exportCsv = new QAction(tr("&CSV…"), this);
    m_exportCsv->setObjectName(u"actionExportCsv"_s);
    m_exportCsv->setStatusTip(
        tr("Export the case table, or the selected case's passages, as CSV for a spreadsheet"));
    m_exportJson = new QAction(tr("&JSON…"), this);
    m_exportJson->setObjectName(u"actionExportJson"_s);
    m_exportJson->setStatusTip(
        tr("Export the selected case with its documents and passages as JSON"));
    m_importJson = new QAction(tr("Case from &JSON…"), this);
    m_importJson->setObjectName(u"actionImportCaseJson"_s);
    m_importJson->setStatusTip(tr("Add a case exported as JSON (from this or another library)"));
    connect(m_exportCsv, &QAction::triggered, this, &DataExportController::exportCsv);
    connect(m_exportJson, &QAction::triggered, this, &DataExportController::exportJson);
    connect(m_importJson, &QAction::triggered, this, &DataExportController::importJson);
    connect(this, &DataExportController::caseImported, host, &SessionHost::showCase);
    updateActions();
}

QList<FeatureAction> DataExportController::actions() const
{
    return {
        {.action = m_exportCsv,
         .menu = MenuId::FileExport,
         .group = 10,
         .position = 10,
         .needs = Needs::Session,
         .shortcuts = {}},
        {.action = m_exportJson,
         .menu = MenuId::FileExport,
         .group = 10,
         .position = 20,
         .needs = Needs::Case,
         .shortcuts = {}},
        // A reader's view of a team library can be exported from but not added to.
        {.action = m_importJson,
         .menu = MenuId::FileImport,
         .group = 10,
         .position = 10,
         .needs = Needs::Writable,
         .shortcuts = {}},
    };
}

QString DataExportController::caseTablePath(const QString &passagesPath)
{
    const QFileInfo info(passagesPath);
    const QString suffix = info.suffix().isEmpty() ? u"csv"_s : info.suffix();
    return info.dir().filePath(info.completeBaseName() + u"-case."_s + suffix);
}

void DataExportController::writeCaseTable(const QList<CaseId> &cases, const QString &path,
                                          bool anonymise)
{
    writeCaseTable(host()->session()->library(), cases, path, anonymise);
}

void DataExportController::writeCasePassages(CaseId id, const QString &path, bool anonymise)
{
    writeCasePassages(host()->session()->library(), id, path, anonymise);
}

void DataExportController::writeCaseJson(CaseId id, const QString &path, bool anonymise)
{
    writeCaseJson(host()->session()->library(), id, path, anonymise);
}

void DataExportController::writeCaseTable(Library &library, const QList<CaseId> &cases,
                                          const QString &path, bool anonymise,
                                          const JobControl *control)
{
    QList<CaseSummary> rows;
    AnonymisationVerifier verifier;
    const auto total = static_cast<int>(cases.size());
    int done = 0;
    for (CaseId id : cases) {
        if (control) {
            if (control->cancelled())
                return; // nothing written
            control->progress(done, total, tr("Exporting case %1 of %2…").arg(done + 1).arg(total));
        }
        ++done;
        auto summary = library.cases().summary(id);
        if (!summary)
            continue;
        if (anonymise)
            verifier.merge(AnonymisationVerifier::forCase(library, id)); // refuses an empty list
        rows.append(anonymise ? csvexport::anonymised(*summary, Anonymiser::forCase(library, id))
                              : *summary);
    }
    VerifiedExport out(anonymise ? &verifier : nullptr, tr("anonymised CSV file"));
    writeFile(out.stage(path), csvexport::casesTable(rows));
    out.publish();
}

void DataExportController::writeCasePassages(Library &library, CaseId id, const QString &path,
                                             bool anonymise)
{
    const std::optional<AnonymisationVerifier> verifier
        = anonymise ? std::optional(AnonymisationVerifier::forCase(library, id)) : std::nullopt;
    const Anonymiser anonymiser = anonymise ? Anonymiser::forCase(library, id) : Anonymiser();
    const ExportedCase data = ExportedCase::load(library, id).anonymised(anonymiser);
    auto summary = library.cases().summary(id);
    if (summary && anonymise)
        summary = csvexport::anonymised(*summary, anonymiser);
    const QByteArray passages = csvexport::passagesTable(data);
    const QByteArray caseRow = csvexport::casesTable(summary ? QList<CaseSummary>{*summary}
                                                             : QList<CaseSummary>{});
    VerifiedExport out(verifier ? &*verifier : nullptr, tr("anonymised CSV file"));
    writeFile(out.stage(path), passages);
    writeFile(out.stage(caseTablePath(path)), caseRow);
    out.publish();
}

void DataExportController::writeCaseJson(Library &library, CaseId id, const QString &path,
                                         bool anonymise)
{
    const std::optional<AnonymisationVerifier> verifier
        = anonymise ? std::optional(AnonymisationVerifier::forCase(library, id)) : std::nullopt;
    const Anonymiser anonymiser = anonymise ? Anonymiser::forCase(library, id) : Anonymiser();
    const ExportedCase data = ExportedCase::load(library, id).anonymised(anonymiser);
    VerifiedExport out(verifier ? &*verifier : nullptr, tr("anonymised JSON file"));
    writeFile(out.stage(path), casejsonexport::toBytes(data, anonymise));
    out.publish();
}

bool DataExportController::isExporting() const
{
    return m_jobs->isBusy();
}

void DataExportController::startExport(const QString &path, const QString &label,
                                       std::function<void(Library &, const JobControl &)> write)
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    // Exports run on a connection of their own, one after another; a newer export to the same
    // file replaces one waiting. The window stays usable meanwhile.
    // Queued behind a running export (which it does not cancel); each export closes its
    // connection when done, so that no file stays open after the library is closed.
    m_jobs->worker().setLibraryPath(session->library().path());
    auto *window = qobject_cast<QMainWindow *>(m_window);
    if (window)
        window->statusBar()->showMessage(label);
    m_jobs->request(
        u"export:"_s + path,
        [write, path](LibraryWorker::State &state, JobControl &control) {
            const auto close = qScopeGuard([&state] { state.close(); });
            write(state.open(), control);
            return path;
        },
        [this, window](const QString &written) {
            if (window)
                window->statusBar()->showMessage(tr("Exported %1.").arg(shown(written)), 8000);
            Q_EMIT exportFinished(written);
        },
        [this, window](const QString &message) {
            if (window)
                window->statusBar()->clearMessage();
            Q_EMIT exportFailed(message);
            if (m_showErrors)
                showError(message);
        },
        [window](int, int, const QString &what) {
            if (window)
                window->statusBar()->showMessage(what);
        });
}

void DataExportController::startCaseTable(const QList<CaseId> &cases, const QString &path,
                                          bool anonymise)
{
    startExport(
        path,
        tr("Exporting %n cases to %1…", nullptr, static_cast<int>(cases.size())).arg(shown(path)),
        [cases, path, anonymise](Library &library, const JobControl &control) {
            writeCaseTable(library, cases, path, anonymise, &control);
        });
}

void DataExportController::startCasePassages(CaseId id, const QString &path, bool anonymise)
{
    startExport(path, tr("Exporting the passages to %1…").arg(shown(path)),
                [id, path, anonymise](Library &library, const JobControl &) {
                    writeCasePassages(library, id, path, anonymise);
                });
}

void DataExportController::startCaseJson(CaseId id, const QString &path, bool anonymise)
{
    startExport(path, tr("Exporting the case to %1…").arg(shown(path)),
                [id, path, anonymise](Library &library, const JobControl &) {
                    writeCaseJson(library, id, path, anonymise);
                });
}

CaseJsonImportReport DataExportController::importCaseJson(const QString &path,
                                                          const QString &reference)
{
    const ParsedCase parsed = CaseJsonReader::read(path);
    const CaseJsonImportReport report = ImportCaseCommand::importInto(*host()->session(), parsed,
                                                                      path, reference);
    Q_EMIT caseImported(report.caseId);
    return report;
}

void DataExportController::exportCsv()
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    const QList<CaseId> visible = m_visibleCases();
    const CaseId selected = host()->currentCase();
    QString reference;
    try {
        if (selected.isValid()) {
            if (const auto c = session->library().cases().find(selected))
                reference = c->reference;
        }
    } catch (const LibraryError &e) {
        showError(e.message());
        return;
    }
    ExportChoiceDialog choice(m_window, tr("Export CSV"), static_cast<int>(visible.size()),
                              reference, true);
    if (choice.exec() != QDialog::Accepted)
        return;
    // An anonymised file is not named after the real reference, which may itself name someone.
    const QString stem = choice.anonymise() && choice.passages()
                             ? anonymisedFileStem(session->library(), selected, reference)
                             : reference;
    const QString suggested = choice.passages() ? stem + u"-passages.csv"_s : u"cases.csv"_s;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (choice.passages() && QFileInfo::exists(caseTablePath(path))) {
        const auto answer = plainmessage::question(
            m_window, tr("Export CSV"),
            tr("The case row is written beside the passages, to %1, which exists. Replace it?")
                .arg(shown(caseTablePath(path))));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (choice.passages())
        startCasePassages(selected, path, choice.anonymise());
    else
        startCaseTable(visible, path, choice.anonymise());
}

void DataExportController::exportJson()
{
    LibrarySession *session = host()->session();
    const CaseId selected = host()->currentCase();
    if (!session || !selected.isValid())
        return;
    QString reference;
    try {
        if (const auto c = session->library().cases().find(selected))
            reference = c->reference;
    } catch (const LibraryError &e) {
        showError(e.message());
        return;
    }
    ExportChoiceDialog choice(m_window, tr("Export JSON"), 0, reference, false);
    if (choice.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export JSON"),
        (choice.anonymise() ? anonymisedFileStem(session->library(), selected, reference)
                            : reference)
            + u".json"_s,
        tr("Case JSON files (*.json)"));
    if (path.isEmpty())
        return;
    startCaseJson(selected, path, choice.anonymise());
}

void DataExportController::importJson()
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Case from JSON"), QString(),
        tr("Case JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const ParsedCase parsed = CaseJsonReader::read(path);
        CaseRepository &cases = session->library().cases();
        const auto taken = [&cases](const QString &r) {
            return cases.findByReference(r).has_value();
        };
        QString reference = parsed.caseRecord.reference;
        while (taken(reference)) {
            bool ok = false;
            reference
                = QInputDialog::getText(
                      m_window, tr("Import Case from JSON"),
                      tr("A case with reference “%1” is already in the library. Import it under another reference:")
                          .arg(reference),
                      QLineEdit::Normal, uniqueReference(reference, taken), &ok)
                      .trimmed();
            if (!ok || reference.isEmpty())
                return;
        }
        const CaseJsonImportReport report = ImportCaseCommand::importInto(
            *session, parsed, path,
            reference == parsed.caseRecord.reference ? QString() : reference);
        Q_EMIT caseImported(report.caseId);
        if (report.orphaned > 0 || report.placedByQuote > 0 || !report.createdFactors.isEmpty()) {
            plainmessage::information(
                m_window, tr("Import Case from JSON"),
                tr("Imported case %1 with %2 passages: %3 placed by their quote, %4 kept as orphans to place again, %5 factors added to the codebook.")
                    .arg(report.reference)
                    .arg(report.passages)
                    .arg(report.placedByQuote)
                    .arg(report.orphaned)
                    .arg(report.createdFactors.size()));
        }
    } catch (const LibraryError &e) {
        showError(e.message());
    }
}

void DataExportController::showError(const QString &message)
{
    plainmessage::warning(m_window, tr("Casebench"), message);
}

} // namespace casebench::ui
