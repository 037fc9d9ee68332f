// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace casebench {
class BackgroundJobs;
class JobControl;
class Library;
class LibrarySession;
struct CaseJsonImportReport;
} // namespace casebench

namespace casebench::ui {

/// File ▸ Export ▸ CSV… and JSON…, and File ▸ Import ▸ Case from JSON… for a window. The
/// dialogs ask what to write; the work itself is in the public functions below, which show no
/// dialog (for tests) and report failures with one sentence naming the file.
class DataExportController : public Feature
{
    Q_OBJECT

public:
    /// The cases the case table shows now (its filter applied), in table order.
    using VisibleCasesGetter = std::function<QList<CaseId>()>;

    /// A case imported is shown (SessionHost::showCase).
    DataExportController(QWidget *window, SessionHost *host, VisibleCasesGetter visibleCases);

    /// The actions, enabled for an open library (export JSON: and a selected case; import: a
    /// library that is not read-only).
    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] QAction *exportCsvAction() const { return m_exportCsv; }
    [[nodiscard]] QAction *exportJsonAction() const { return m_exportJson; }
    [[nodiscard]] QAction *importJsonAction() const { return m_importJson; }

    /// Writes the case table's rows for `cases` to `path`. Throws LibraryError.
    void writeCaseTable(const QList<CaseId> &cases, const QString &path, bool anonymise);
    /// Writes a case's passages to `path` and its case row beside it ("NAME-case.csv").
    /// Throws LibraryError.
    void writeCasePassages(CaseId id, const QString &path, bool anonymise);
    /// Writes a case as case JSON. Throws LibraryError.
    void writeCaseJson(CaseId id, const QString &path, bool anonymise);
    /// The same on any connection (a background job's); `control` (optional) reports progress
    /// and stops the table early (nothing is written then).
    static void writeCaseTable(Library &library, const QList<CaseId> &cases, const QString &path,
                               bool anonymise, const JobControl *control = nullptr);
    static void writeCasePassages(Library &library, CaseId id, const QString &path, bool anonymise);
    static void writeCaseJson(Library &library, CaseId id, const QString &path, bool anonymise);

    /// The writers above in the background, on a connection of the controller's own, as the
    /// menu's exports do: the window stays usable, progress and the outcome go to its status
    /// bar, exportFinished() or exportFailed() follow (a failure is also shown in a message box
    /// unless setShowErrors(false)). Closing the window cancels (nothing is written then).
    void startCaseTable(const QList<CaseId> &cases, const QString &path, bool anonymise);
    void startCasePassages(CaseId id, const QString &path, bool anonymise);
    void startCaseJson(CaseId id, const QString &path, bool anonymise);
    /// True while an export runs or waits.
    [[nodiscard]] bool isExporting() const;
    /// Whether a failed background export is shown in a message box (tests turn it off).
    void setShowErrors(bool show) { m_showErrors = show; }

    /// Imports a case JSON file as one undoable edit; `reference` replaces the file's when not
    /// empty. Throws LibraryError (nothing written then).
    CaseJsonImportReport importCaseJson(const QString &path, const QString &reference = {});

    /// Where the case row of a passages CSV goes: "passages.csv" → "passages-case.csv".
    [[nodiscard]] static QString caseTablePath(const QString &passagesPath);

Q_SIGNALS:
    /// A case was imported from JSON (the window selects it).
    void caseImported(casebench::CaseId id);
    /// A background export wrote `path` (for a passages CSV, its case row beside it too).
    void exportFinished(const QString &path);
    /// A background export failed: one sentence naming the file and the problem.
    void exportFailed(const QString &message);

private:
    void exportCsv();
    void exportJson();
    void importJson();
    void showError(const QString &message);
    void startExport(const QString &path, const QString &label,
                     std::function<void(Library &, const JobControl &)> write);

    QWidget *m_window;
    VisibleCasesGetter m_visibleCases;
    QAction *m_exportCsv;
    QAction *m_exportJson;
    QAction *m_importJson;
    BackgroundJobs *m_jobs = nullptr;
    bool m_showErrors = true;
};

} // namespace casebench::ui
