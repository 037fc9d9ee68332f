// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilterbar.h"

#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// Replaces a combo's items after its first ("All …") entry, keeping the chosen one even when
/// no case has it any more, so that an edit never silently drops a filter.
void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->currentData();
    const QString chosenText = combo->currentText();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    if (!chosen.isValid())
        return;
    int index = combo->findData(chosen);
    if (index < 0) {
        combo->addItem(chosenText, chosen);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

CaseFilterBar::CaseFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"caseSearchField"_s);
    m_search->setPlaceholderText(tr("Search reference, title, registrant (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_regulator = addCombo(u"regulatorFilter"_s, tr("Show cases of one regulator"));
    m_regulator->addItem(tr("All regulators"));
    m_profession = addCombo(u"professionFilter"_s, tr("Show cases of one profession"));
    m_profession->addItem(tr("All professions"));
    m_sanction = addCombo(u"sanctionFilter"_s, tr("Show cases whose current order is of one kind"));
    m_sanction->addItem(tr("All sanctions"));
    m_yearFrom = addCombo(u"yearFromFilter"_s, tr("Decided in or after this year"));
    m_yearFrom->addItem(tr("Any year"));
    m_yearTo = addCombo(u"yearToFilter"_s, tr("Decided in or before this year"));
    m_yearTo->addItem(tr("Any year"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFiltersButton"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show all cases"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_regulator, 1);
    layout->addWidget(m_profession, 2);
    layout->addWidget(m_sanction, 2);
    layout->addWidget(new QLabel(tr("Years:"), this));
    layout->addWidget(m_yearFrom);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_yearTo);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, this, &CaseFilterBar::applyFilters);
    connect(m_clear, &QToolButton::clicked, this, &CaseFilterBar::clearFilters);
    updateClearButton();
}

QComboBox *CaseFilterBar::addCombo(const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::applyFilters);
    return combo;
}

void CaseFilterBar::setModels(CaseTableModel *cases, CaseFilterProxyModel *proxy)
{
    if (m_cases)
        disconnect(m_cases, nullptr, this, nullptr);
    m_cases = cases;
    m_proxy = proxy;
    connect(cases, &QAbstractItemModel::modelReset, this, &CaseFilterBar::refillChoices);
    connect(cases, &QAbstractItemModel::rowsInserted, this, &CaseFilterBar::refillChoices);
    connect(cases, &QAbstractItemModel::rowsRemoved, this, &CaseFilterBar::refillChoices);
    connect(cases, &QAbstractItemModel::dataChanged, this, &CaseFilterBar::refillChoices);
    refillChoices();
    applyFilters();
}

void CaseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseFilterBar::refillChoices()
{
    if (!m_cases)
        return;
    std::set<int> regulators;
    std::set<int> sanctions;
    std::set<int> years;
    QStringList professions;
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        const QModelIndex index = m_cases->index(row, 0);
        regulators.insert(index.data(CaseTableModel::RegulatorRole).toInt());
        sanctions.insert(index.data(CaseTableModel::SanctionTypeRole).toInt());
        years.insert(index.data(CaseTableModel::YearRole).toInt());
        const QString profession = index.data(CaseTableModel::ProfessionRole).toString();
        if (!profession.isEmpty() && !professions.contains(profession, Qt::CaseInsensitive))
            professions.append(profession);
    }
    std::sort(professions.begin(), professions.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QList<std::pair<QString, QVariant>> items;
    for (int r : regulators)
        items.append({enumLabel(static_cast<Regulator>(r)), r});
    refill(m_regulator, items);
    items.clear();
    for (const QString &p : std::as_const(professions))
        items.append({p, p});
    refill(m_profession, items);
    items.clear();
    for (int t : sanctions) {
        if (t >= 0)
            items.append({enumLabel(static_cast<SanctionType>(t)), t});
    }
    refill(m_sanction, items);
    items.clear();
    for (int y : years) {
        if (y > 0)
            items.append({QString::number(y), y});
    }
    refill(m_yearFrom, items);
    refill(m_yearTo, items);
}

void CaseFilterBar::applyFilters()
{
    if (!m_proxy)
        return;
    const QVariant regulator = m_regulator->currentData();
    const QVariant sanction = m_sanction->currentData();
    m_proxy->setTextFilter(m_search->text());
    m_proxy->setRegulator(regulator.isValid()
                              ? std::optional(static_cast<Regulator>(regulator.toInt()))
                              : std::nullopt);
    m_proxy->setProfession(m_profession->currentData().toString());
    m_proxy->setSanctionType(sanction.isValid()
                                 ? std::optional(static_cast<SanctionType>(sanction.toInt()))
                                 : std::nullopt);
    m_proxy->setYearRange(m_yearFrom->currentData().toInt(), m_yearTo->currentData().toInt());
    updateClearButton();
}

void CaseFilterBar::clearFilters()
{
    for (QComboBox *combo : {m_regulator, m_profession, m_sanction, m_yearFrom, m_yearTo}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyFilters();
}

void CaseFilterBar::updateClearButton()
{
    m_clear->setEnabled(m_proxy && m_proxy->isFiltering());
}

} // namespace casebench::ui
