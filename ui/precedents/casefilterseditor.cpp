// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilterseditor.h"

#include "analysis/caseprofile.h"
#include "model/sanctiontype.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// The sanction combo's data for "no order stands".
constexpr int noOrder = -2;
constexpr int anyYear = 1900; // the spin boxes' first minimum, shown as "any"

} // namespace

CaseFiltersEditor::CaseFiltersEditor(QWidget *parent) : QWidget(parent)
{
    m_regulator = addCombo(u"regulatorFilter"_s, tr("Any regulator"),
                           tr("Only cases of one regulator"));
    for (Regulator r : enumValues<Regulator>())
        m_regulator->addItem(enumLabel(r), static_cast<int>(r));
    m_profession = addCombo(u"professionFilter"_s, tr("Any profession"),
                            tr("Only cases of one profession"));
    m_ground = addCombo(u"groundFilter"_s, tr("Any ground"),
                        tr("Only cases decided on this statutory ground"));
    for (StatutoryGround g : enumValues<StatutoryGround>())
        m_ground->addItem(enumLabel(g), static_cast<int>(g));
    m_sanction = addCombo(u"sanctionFilter"_s, tr("Any outcome"),
                          tr("Only cases that ended with this order"));
    m_sanction->addItem(tr("No order"), noOrder);
    for (SanctionType t : enumValues<SanctionType>())
        m_sanction->addItem(enumLabel(t), static_cast<int>(t));
    m_yearFrom = addYearBox(u"yearFromFilter"_s, tr("Decided in or after this year"));
    m_yearTo = addYearBox(u"yearToFilter"_s, tr("Decided in or before this year"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFiltersButton"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every filter"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT filtersChanged();
    });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_regulator, 0, 0);
    layout->addWidget(m_profession, 0, 1);
    layout->addWidget(m_ground, 0, 2, 1, 2);
    layout->addWidget(m_sanction, 1, 0);
    auto *years = new QHBoxLayout;
    years->addWidget(new QLabel(tr("Years:"), this));
    years->addWidget(m_yearFrom, 1);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_yearTo, 1);
    layout->addLayout(years, 1, 1, 1, 2);
    layout->addWidget(m_clear, 1, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
}

QComboBox *CaseFiltersEditor::addCombo(const QString &objectName, const QString &anyText,
                                       const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->addItem(anyText);
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseFiltersEditor::onEdited);
    return combo;
}

QSpinBox *CaseFiltersEditor::addYearBox(const QString &objectName, const QString &toolTip)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    box->setRange(anyYear, QDate::currentDate().year() + 1);
    box->setSpecialValueText(tr("any"));
    box->setValue(anyYear);
    box->setKeyboardTracking(false);
    connect(box, &QSpinBox::valueChanged, this, &CaseFiltersEditor::onEdited);
    return box;
}

void CaseFiltersEditor::onEdited()
{
    if (!m_updating)
        Q_EMIT filtersChanged();
}

CaseFiltersEditor::Choices CaseFiltersEditor::choicesOf(const QList<CaseProfile> &profiles)
{
    std::set<QString> professions;
    Choices choices;
    for (const CaseProfile &p : profiles) {
        if (!p.profession.trimmed().isEmpty())
            professions.insert(p.profession.trimmed());
        if (p.year > 0)
            choices.firstYear = choices.firstYear == 0 ? p.year
                                                       : std::min(choices.firstYear, p.year);
    }
    for (const QString &p : professions)
        choices.professions.append(p);
    return choices;
}

void CaseFiltersEditor::setProfiles(const QList<CaseProfile> &profiles)
{
    setChoices(choicesOf(profiles));
}

void CaseFiltersEditor::setChoices(const Choices &choices)
{
    const int firstYear = choices.firstYear;
    m_updating = true;
    const QString chosen = m_profession->currentIndex() > 0 ? m_profession->currentText()
                                                            : QString();
    while (m_profession->count() > 1)
        m_profession->removeItem(1);
    for (const QString &p : choices.professions)
        m_profession->addItem(p, p);
    if (!chosen.isEmpty()) {
        int index = m_profession->findData(chosen);
        if (index < 0) { // keep a chosen filter even when no case has it any more
            m_profession->addItem(chosen, chosen);
            index = m_profession->count() - 1;
        }
        m_profession->setCurrentIndex(index);
    }
    // "any" is the spin boxes' minimum, one below the library's first year, so that the first
    // step up lands on a year that has cases.
    if (firstYear > anyYear) {
        for (QSpinBox *box : {m_yearFrom, m_yearTo}) {
            const bool any = box->value() == box->minimum();
            box->setMinimum(any ? firstYear - 1 : std::min(firstYear - 1, box->value() - 1));
            if (any)
                box->setValue(box->minimum());
        }
    }
    m_updating = false;
}

CaseFilters CaseFiltersEditor::filters() const
{
    CaseFilters f;
    if (m_regulator->currentIndex() > 0)
        f.regulators = {static_cast<Regulator>(m_regulator->currentData().toInt())};
    if (m_profession->currentIndex() > 0)
        f.professions = {m_profession->currentData().toString()};
    if (m_ground->currentIndex() > 0)
        f.grounds = {static_cast<StatutoryGround>(m_ground->currentData().toInt())};
    if (m_sanction->currentIndex() > 0) {
        const int chosen = m_sanction->currentData().toInt();
        f.sanctions = {chosen == noOrder
                           ? std::optional<SanctionType>()
                           : std::optional<SanctionType>(static_cast<SanctionType>(chosen))};
    }
    if (m_yearFrom->value() != m_yearFrom->minimum())
        f.yearFrom = m_yearFrom->value();
    if (m_yearTo->value() != m_yearTo->minimum())
        f.yearTo = m_yearTo->value();
    return f;
}

void CaseFiltersEditor::setFilters(const CaseFilters &f)
{
    m_updating = true;
    const auto choose = [](QComboBox *combo, const QVariant &value) {
        const int index = value.isValid() ? combo->findData(value) : 0;
        if (index < 0 && value.typeId() == QMetaType::QString) {
            combo->addItem(value.toString(), value);
            combo->setCurrentIndex(combo->count() - 1);
            return;
        }
        combo->setCurrentIndex(std::max(index, 0));
    };
    choose(m_regulator, f.regulators.isEmpty()
                            ? QVariant()
                            : QVariant(static_cast<int>(f.regulators.constFirst())));
    choose(m_profession,
           f.professions.isEmpty() ? QVariant() : QVariant(f.professions.constFirst()));
    choose(m_ground,
           f.grounds.isEmpty() ? QVariant() : QVariant(static_cast<int>(f.grounds.constFirst())));
    QVariant sanction;
    if (!f.sanctions.isEmpty()) {
        const auto &first = f.sanctions.constFirst();
        sanction = first ? static_cast<int>(*first) : noOrder;
    }
    choose(m_sanction, sanction);
    m_yearFrom->setValue(f.yearFrom.value_or(m_yearFrom->minimum()));
    m_yearTo->setValue(f.yearTo.value_or(m_yearTo->minimum()));
    m_updating = false;
}

void CaseFiltersEditor::clear()
{
    setFilters({});
}

} // namespace casebench::ui
