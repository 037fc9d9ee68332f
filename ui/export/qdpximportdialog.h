// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"
#include "services/qdpximporter.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTreeWidget;

namespace casebench {
struct QdpxProject;
}

namespace casebench::ui {

/// Asks how a REFI-QDA project is to be imported: for each of its codes (shown as a tree, with
/// how many codings use it) a factor of the codebook, "New factor under <category>" or "Skip";
/// and whether the sources make new cases or go into the selected case. Codes that match a
/// factor by name or key start on it; the others start on "Skip".
class QdpxImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `matches` from QdpxImporter::match, `factors` the codebook; `selectedReference` empty
    /// when no case is selected (then only new cases are offered).
    QdpxImportDialog(const QdpxProject &project, const QList<QdpxCodeMatch> &matches,
                     const QList<Factor> &factors, const QString &selectedReference,
                     QWidget *parent = nullptr);

    /// The choices made; `selectedCase` is used when "into the selected case" is chosen.
    [[nodiscard]] QdpxImportOptions options(CaseId selectedCase) const;

    /// The combo of a code (for tests); nullptr when there is no such code.
    [[nodiscard]] QComboBox *comboFor(const QString &codeGuid) const;

private:
    QComboBox *makeCombo(const QdpxCodeMatch &match);

    QList<QdpxCodeMatch> m_matches;
    QList<Factor> m_factors;
    QList<QComboBox *> m_combos; ///< one per match, same order
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_target = nullptr;
};

} // namespace casebench::ui
