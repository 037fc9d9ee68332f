// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace casebench {
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
    /// Imports a case JSON file as one undoable edit; `reference` replaces the file's when not
    /// empty. Throws LibraryError (nothing written then).
    CaseJsonImportReport importCaseJson(const QString &path, const QString &reference = {});

    /// Where the case row of a passages CSV goes: "passages.csv" → "passages-case.csv".
    [[nodiscard]] static QString caseTablePath(const QString &passagesPath);

Q_SIGNALS:
    /// A case was imported from JSON (the window selects it).
    void caseImported(casebench::CaseId id);

private:
    void exportCsv();
    void exportJson();
    void importJson();
    void showError(const QString &message);

    QWidget *m_window;
    VisibleCasesGetter m_visibleCases;
    QAction *m_exportCsv;
    QAction *m_exportJson;
    QAction *m_importJson;
};

} // namespace casebench::ui
