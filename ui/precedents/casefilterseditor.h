// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/casefilters.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QToolButton;

namespace casebench {
struct CaseProfile;
}

namespace casebench::ui {

/// The filters of the precedent list and of the search dock: regulator, profession, years,
/// outcome and statutory ground, each "any" until chosen. Edits a CaseFilters value.
class CaseFiltersEditor : public QWidget
{
    Q_OBJECT

public:
    /// What the choices are filled from: the library's professions and its first year.
    struct Choices
    {
        QStringList professions; ///< distinct, sorted
        int firstYear = 0;       ///< 0 when no case has a date
    };

    explicit CaseFiltersEditor(QWidget *parent = nullptr);

    /// The choices the library's cases offer (a plain function: callable on any thread).
    [[nodiscard]] static Choices choicesOf(const QList<CaseProfile> &profiles);
    /// Fills the profession choices and the year bounds, keeping what is chosen.
    void setChoices(const Choices &choices);
    /// Same, from the library's cases.
    void setProfiles(const QList<CaseProfile> &profiles);

    [[nodiscard]] CaseFilters filters() const;
    /// Shows a filter value (single choices: the first entry of each list).
    void setFilters(const CaseFilters &filters);
    void clear();

    [[nodiscard]] QComboBox *regulatorCombo() const { return m_regulator; }
    [[nodiscard]] QComboBox *professionCombo() const { return m_profession; }
    [[nodiscard]] QComboBox *sanctionCombo() const { return m_sanction; }
    [[nodiscard]] QComboBox *groundCombo() const { return m_ground; }
    [[nodiscard]] QSpinBox *yearFromBox() const { return m_yearFrom; }
    [[nodiscard]] QSpinBox *yearToBox() const { return m_yearTo; }

Q_SIGNALS:
    /// The user changed a filter (not emitted by setFilters() or setProfiles()).
    void filtersChanged();

private:
    QComboBox *addCombo(const QString &objectName, const QString &anyText, const QString &toolTip);
    QSpinBox *addYearBox(const QString &objectName, const QString &toolTip);
    void onEdited();

    QComboBox *m_regulator = nullptr;
    QComboBox *m_profession = nullptr;
    QComboBox *m_sanction = nullptr;
    QComboBox *m_ground = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_updating = false;
};

} // namespace casebench::ui
