// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace casebench::ui {

class CaseFilterProxyModel;
class CaseTableModel;

/// The bar above the case table: a search field and choices of regulator, profession,
/// sanction and years, each filled from the cases in the library, and a button clearing them.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    /// The table's model (for the choices) and the proxy the bar drives.
    void setModels(CaseTableModel *cases, CaseFilterProxyModel *proxy);
    /// Puts the cursor in the search field with its text selected.
    void focusSearch();

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *regulatorCombo() const { return m_regulator; }
    [[nodiscard]] QComboBox *professionCombo() const { return m_profession; }
    [[nodiscard]] QComboBox *sanctionCombo() const { return m_sanction; }
    [[nodiscard]] QComboBox *yearFromCombo() const { return m_yearFrom; }
    [[nodiscard]] QComboBox *yearToCombo() const { return m_yearTo; }

    void clearFilters();

private:
    QComboBox *addCombo(const QString &objectName, const QString &toolTip);
    void refillChoices();
    void applyFilters();
    void updateClearButton();

    QPointer<CaseTableModel> m_cases;
    QPointer<CaseFilterProxyModel> m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_regulator = nullptr;
    QComboBox *m_profession = nullptr;
    QComboBox *m_sanction = nullptr;
    QComboBox *m_yearFrom = nullptr;
    QComboBox *m_yearTo = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_refilling = false;
};

} // namespace casebench::ui
