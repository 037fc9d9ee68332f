// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsdialog.h"
#include "plainmessage.h"

#include "storage/migrationbackups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

BackupsDialog::BackupsDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_libraryPath(libraryPath)
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Migration Backups"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("File"), tr("Schema"), tr("Taken"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The names differ in their ends (schema and date): keep both ends in view.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setAccessibleName(tr("Migration backups"));
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(u"removeBackup"_s);
    m_removeAll = buttons->addButton(tr("Remove &All"), QDialogButtonBox::DestructiveRole);
    m_removeAll->setObjectName(u"removeAllBackups"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &BackupsDialog::removeSelected);
    connect(m_removeAll, &QPushButton::clicked, this, &BackupsDialog::removeAll);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    resize(640, 320);
    refresh();
}

int BackupsDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

void BackupsDialog::refresh()
{
    m_list->clear();
    const QList<migrationbackups::Backup> backups = migrationbackups::list(m_libraryPath);
    const QLocale locale;
    for (const migrationbackups::Backup &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QFileInfo(backup.path).fileName());
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setData(0, Qt::UserRole, backup.path);
        item->setText(1, QString::number(backup.fromVersion));
        item->setText(2, backup.taken.isValid()
                             ? locale.toString(backup.taken, QLocale::ShortFormat)
                             : tr("unknown"));
        item->setText(3, locale.formattedDataSize(backup.size));
    }
    const QString name = QFileInfo(m_libraryPath).fileName();
    m_summary->setText(
        backups.isEmpty()
            ? tr("The library %1 has no migration backups.").arg(name)
            : tr("Copies of %1 taken before Casebench upgraded it. Each holds everything the library held then, deleted cases included; remove them once the upgraded library has served you well.")
                  .arg(name));
    m_remove->setEnabled(false);
    m_removeAll->setEnabled(!backups.isEmpty());
}

void BackupsDialog::removeSelected()
{
    QStringList paths;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        paths.append(item->data(0, Qt::UserRole).toString());
    removePaths(paths);
}

void BackupsDialog::removeAll()
{
    QStringList paths;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        paths.append(m_list->topLevelItem(row)->data(0, Qt::UserRole).toString());
    removePaths(paths);
}

void BackupsDialog::removePaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // Removing a file cannot be undone: asked first, Cancel by default.
    const auto answer = plainmessage::question(
        this, tr("Remove Migration Backups"),
        paths.size() == 1 ? tr("Remove the backup %1? This cannot be undone.")
                                .arg(QFileInfo(paths.constFirst()).fileName())
                          : tr("Remove %1 backups? This cannot be undone.").arg(paths.size()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QStringList problems;
    for (const QString &path : paths) {
        QString problem;
        if (!migrationbackups::remove(m_libraryPath, path, &problem))
            problems.append(problem);
    }
    refresh();
    if (!problems.isEmpty())
        plainmessage::warning(this, tr("Migration Backups"), problems.join(u'\n'));
}

} // namespace casebench::ui
