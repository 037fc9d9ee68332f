// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importservice.h"

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;
class QRadioButton;

namespace casebench::ui {

/// File ▸ Import documents…: the files and folders to import, and where they go (the selected
/// case, or a new case for each file).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `caseId`/`caseReference`: the case selected in the window, if any (offered as target).
    ImportDialog(CaseId caseId, const QString &caseReference, QWidget *parent = nullptr);

    void addPaths(const QStringList &paths);
    [[nodiscard]] QStringList paths() const;
    [[nodiscard]] ImportTarget target() const;

private:
    void addFiles();
    void addFolder();
    void removeSelected();
    void updateButtons();

    CaseId m_caseId;
    QListWidget *m_list = nullptr;
    QRadioButton *m_intoCase = nullptr;
    QRadioButton *m_newCases = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace casebench::ui
