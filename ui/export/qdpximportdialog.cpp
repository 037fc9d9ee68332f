// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpximportdialog.h"

#include "export/qdpxproject.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

// Item data in each combo: what the choice does.
enum class Choice { Skip, Factor, Create };

QVariant choiceData(Choice choice, qint64 value = 0)
{
    return QVariantList{static_cast<int>(choice), value};
}

} // namespace

QdpxImportDialog::QdpxImportDialog(const QdpxProject &project, const QList<QdpxCodeMatch> &matches,
                                   const QList<Factor> &factors, const QString &selectedReference,
                                   QWidget *parent)
    : QDialog(parent), m_matches(matches), m_factors(factors)
{
    setWindowTitle(tr("Import REFI-QDA Project"));
    setObjectName(u"qdpxImportDialog"_s);
    auto *layout = new QVBoxLayout(this);

    int codings = 0;
    for (const QdpxCodeMatch &m : matches)
        codings += m.codings;
    QString summary = tr("“%1” holds %2 text sources, %3 codes and %4 codings.")
                          .arg(project.name)
                          .arg(project.sources.size())
                          .arg(matches.size())
                          .arg(codings);
    if (!project.skippedSources.isEmpty()) {
        summary
            += u' '
               + tr("%1 sources that are not plain text (PDF, picture, audio, video) will be skipped.")
                     .arg(project.skippedSources.size());
    }
    auto *intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *codesLabel = new QLabel(tr("Choose what each code's codings become:"), this);
    layout->addWidget(codesLabel);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"qdpxCodes"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Code"), tr("Codings"), tr("Becomes")});
    m_tree->setRootIsDecorated(true);
    QHash<QString, QTreeWidgetItem *> items;
    for (const QdpxCodeMatch &m : matches) {
        const QdpxProject::Code *code = project.code(m.guid);
        QTreeWidgetItem *parentItem = code ? items.value(code->parentGuid) : nullptr;
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, m.name);
        item->setText(1, QString::number(m.codings));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items.insert(m.guid, item);
        QComboBox *combo = makeCombo(m);
        m_combos.append(combo);
        m_tree->setItemWidget(item, 2, combo);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    codesLabel->setBuddy(m_tree);
    layout->addWidget(m_tree, 1);

    auto *targetLabel = new QLabel(tr("&Sources go into:"), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"qdpxTarget"_s);
    m_target->addItem(tr("New cases, one for each case of the project"));
    if (!selectedReference.isEmpty())
        m_target->addItem(tr("The selected case, %1").arg(selectedReference));
    targetLabel->setBuddy(m_target);
    layout->addWidget(targetLabel);
    layout->addWidget(m_target);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

QComboBox *QdpxImportDialog::makeCombo(const QdpxCodeMatch &match)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(u"qdpxCode_"_s + match.guid);
    combo->addItem(tr("Skip"), choiceData(Choice::Skip));
    combo->insertSeparator(combo->count());
    int current = 0;
    for (const Factor &f : std::as_const(m_factors)) {
        combo->addItem(tr("%1 (%2)").arg(f.name, enumLabel(f.category)),
                       choiceData(Choice::Factor, f.id.value));
        if (f.id == match.factor)
            current = combo->count() - 1;
    }
    combo->insertSeparator(combo->count());
    for (const FactorCategory category : enumValues<FactorCategory>()) {
        combo->addItem(tr("New factor under %1").arg(enumLabel(category)),
                       choiceData(Choice::Create, static_cast<int>(category)));
    }
    combo->setCurrentIndex(current);
    return combo;
}

QComboBox *QdpxImportDialog::comboFor(const QString &codeGuid) const
{
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).guid == codeGuid)
            return m_combos.at(i);
    }
    return nullptr;
}

QdpxImportOptions QdpxImportDialog::options(CaseId selectedCase) const
{
    QdpxImportOptions options;
    if (m_target->currentIndex() == 1)
        options.intoCase = selectedCase;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        const QVariantList chosen = m_combos.at(i)->currentData().toList();
        if (chosen.size() != 2)
            continue;
        const auto choice = static_cast<Choice>(chosen.at(0).toInt());
        const QString guid = m_matches.at(i).guid;
        switch (choice) {
        case Choice::Skip:
            options.map.insert(guid, QString());
            break;
        case Choice::Factor:
            for (const Factor &f : m_factors) {
                if (f.id.value == chosen.at(1).toLongLong())
                    options.map.insert(guid, f.key);
            }
            break;
        case Choice::Create:
            options.createUnder.insert(guid, static_cast<FactorCategory>(chosen.at(1).toInt()));
            break;
        }
    }
    return options;
}

} // namespace casebench::ui
