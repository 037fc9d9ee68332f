// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "services/bulkimporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ImportDialog::ImportDialog(CaseId caseId, const QString &caseReference, QWidget *parent)
    : QDialog(parent), m_caseId(caseId)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Documents"));

    auto *intro = new QLabel(tr("Decisions as PDF, Word (DOCX), OpenDocument (ODT), saved web "
                                "pages, plain text or Markdown. Folders are searched with their "
                                "subfolders."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"importFileList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFilesButton = new QPushButton(tr("Add &Files…"), this);
    addFilesButton->setObjectName(u"addFilesButton"_s);
    auto *addFolderButton = new QPushButton(tr("Add F&older…"), this);
    addFolderButton->setObjectName(u"addFolderButton"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeButton"_s);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFilesButton);
    fileButtons->addWidget(addFolderButton);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_list, 1);
    files->addLayout(fileButtons);

    auto *targetBox = new QGroupBox(tr("Import into"), this);
    m_intoCase = new QRadioButton(caseId.isValid() ? tr("The selected case, %1").arg(caseReference)
                                                   : tr("The selected case (none is selected)"),
                                  targetBox);
    m_intoCase->setObjectName(u"intoSelectedCase"_s);
    m_intoCase->setEnabled(caseId.isValid());
    m_newCases = new QRadioButton(tr("A new case for each file, filled from what the document "
                                     "says (findings and sanction stay suggestions)"),
                                  targetBox);
    m_newCases->setObjectName(u"intoNewCases"_s);
    (caseId.isValid() ? m_intoCase : m_newCases)->setChecked(true);
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_intoCase);
    targetLayout->addWidget(m_newCases);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(files, 1);
    layout->addWidget(targetBox);
    layout->addWidget(buttons);

    connect(addFilesButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 420);
    updateButtons();
}

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!m_list->findItems(path, Qt::MatchExactly).isEmpty())
            continue;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QFileInfo(path).isDir() ? tr("A folder: its documents are imported")
                                                 : QString());
    }
    updateButtons();
}

QStringList ImportDialog::paths() const
{
    QStringList list;
    for (int i = 0; i < m_list->count(); ++i)
        list.append(m_list->item(i)->data(Qt::UserRole).toString());
    return list;
}

ImportTarget ImportDialog::target() const
{
    return m_intoCase->isChecked() && m_caseId.isValid() ? ImportTarget::intoCase(m_caseId)
                                                         : ImportTarget::newCase();
}

void ImportDialog::addFiles()
{
    QStringList patterns;
    for (const QString &extension : BulkImporter::knownExtensions())
        patterns.append(u"*."_s + extension);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Documents"), QString(),
        tr("Decisions (%1);;All files (*)").arg(patterns.join(u' ')));
    addPaths(files);
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateButtons();
}

void ImportDialog::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_import->setEnabled(m_list->count() > 0);
}

} // namespace casebench::ui
