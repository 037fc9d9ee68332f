// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/qdpxexporter.h"
#include "feature.h"
#include "model/ids.h"
#include "services/qdpximporter.h"

#include <QPointer>
#include <QString>

class QAction;
class QProgressDialog;
class QWidget;

namespace casebench {
class BackgroundJobs;
class Library;
class LibrarySession;
struct QdpxProject;
} // namespace casebench

namespace casebench::ui {

/// File ▸ Export ▸ REFI-QDA Project… and File ▸ Import ▸ REFI-QDA Project… for a window. The
/// project file is read off the UI thread; the import itself is one undoable edit. The public
/// functions below do the work without any dialog (for tests) and throw LibraryError.
class QdpxController : public Feature
{
    Q_OBJECT

public:
    /// A project imported is shown (SessionHost::showCase).
    QdpxController(QWidget *window, SessionHost *host);

    /// The two actions, enabled for an open library (export: and a selected case).
    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] QAction *exportAction() const { return m_exportAction; }
    [[nodiscard]] QAction *importAction() const { return m_importAction; }

    /// Writes a case as a .qdpx project. Throws LibraryError.
    QdpxExportResult writeCase(CaseId id, const QString &path, bool anonymise);
    /// The same on any connection (a background job's), `reviewer` named in the project.
    static QdpxExportResult writeCase(Library &library, CaseId id, const QString &path,
                                      bool anonymise, const QString &reviewer);
    /// writeCase() in the background, on a connection of the controller's own, as the menu's
    /// export does: exportFinished() or exportFailed() follow, and the outcome is shown in a
    /// message box (unless setShowMessages(false)). Closing the window cancels.
    void startWriteCase(CaseId id, const QString &path, bool anonymise);
    /// True while an export or a read runs or waits.
    [[nodiscard]] bool isBusy() const;
    /// Whether background outcomes are shown in message boxes (tests turn it off).
    void setShowMessages(bool show) { m_showMessages = show; }
    /// Imports a project read from `path` as one undoable edit. Throws LibraryError (nothing is
    /// written then).
    QdpxImportReport importProject(const QdpxProject &project, const QdpxImportOptions &options,
                                   const QString &path);
    /// What an import did, in sentences for a message box.
    [[nodiscard]] static QString reportText(const QdpxImportReport &report);

Q_SIGNALS:
    /// A project was imported into this case (the first new one, or the chosen one).
    void caseImported(casebench::CaseId id);
    /// A background export wrote `path`.
    void exportFinished(const QString &path, const casebench::QdpxExportResult &result);
    /// A background export failed: one sentence naming the file and the problem.
    void exportFailed(const QString &message);

private:
    void exportProject();
    void importProject();
    void projectRead(const QString &path);
    void showError(const QString &message);

    QWidget *m_window;
    QAction *m_exportAction;
    QAction *m_importAction;
    QPointer<QProgressDialog> m_progress;
    BackgroundJobs *m_jobs;
    bool m_showMessages = true;
};

} // namespace casebench::ui
