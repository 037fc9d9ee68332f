// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletefactordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

DeleteFactorDialog::DeleteFactorDialog(const Factor &factor, int passages,
                                       const QList<Factor> &others, QWidget *parent)
    : QDialog(parent), m_move(new QRadioButton(tr("&Move them to:"), this)),
      m_delete(new QRadioButton(tr("&Delete them with the factor"), this)),
      m_target(new QComboBox(this))
{
    setWindowTitle(tr("Delete factor %1").arg(factor.name));
    setObjectName(u"deleteFactorDialog"_s);
    m_move->setObjectName(u"moveRadio"_s);
    m_delete->setObjectName(u"deleteRadio"_s);
    m_target->setObjectName(u"targetCombo"_s);
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(
        tr("“%1” tags %n passage(s). What should happen to them?", nullptr, passages)
            .arg(factor.name),
        this);
    question->setWordWrap(true);
    layout->addWidget(question);
    layout->addWidget(m_move);
    for (const Factor &f : others) {
        if (f.id != factor.id)
            m_target->addItem(f.name, f.id.value);
    }
    // Its parent is the likeliest home for its passages.
    const int parentIndex = m_target->findData(factor.parent.value);
    if (factor.parent.isValid() && parentIndex >= 0)
        m_target->setCurrentIndex(parentIndex);
    layout->addWidget(m_target);
    layout->addWidget(m_delete);
    auto *note = new QLabel(tr("Its sub-factors move up a level. You can undo this."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm = buttons->addButton(tr("Delete factor"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QRadioButton::toggled, m_target, &QWidget::setEnabled);
    m_move->setChecked(m_target->count() > 0);
    m_delete->setChecked(m_target->count() == 0);
    m_move->setEnabled(m_target->count() > 0);
    m_target->setEnabled(m_move->isChecked());
}

bool DeleteFactorDialog::deletePassages() const
{
    return m_delete->isChecked();
}

FactorId DeleteFactorDialog::moveTo() const
{
    return m_delete->isChecked() ? FactorId() : FactorId(m_target->currentData().toLongLong());
}

void DeleteFactorDialog::setMoveTo(FactorId id)
{
    m_move->setChecked(true);
    m_target->setCurrentIndex(m_target->findData(id.value));
}

void DeleteFactorDialog::setDeletePassages(bool remove)
{
    (remove ? m_delete : m_move)->setChecked(true);
}

} // namespace casebench::ui
