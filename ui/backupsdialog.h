// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace casebench::ui {

/// File ▸ Migration Backups…: the copies of a library file taken before upgrades, with their
/// schema, date and size, and a way to remove them (each holds everything the library held then,
/// deleted cases included). Works on files beside the library, never on the library itself.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const QString &libraryPath, QWidget *parent = nullptr);

    /// How many backups the list shows (for tests).
    [[nodiscard]] int backupCount() const;

public Q_SLOTS:
    void refresh();
    void removeSelected();
    void removeAll();

private:
    void removePaths(const QStringList &paths);

    QString m_libraryPath;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_removeAll = nullptr;
};

} // namespace casebench::ui
