// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessage.h"

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

// Dark enough to read on a light background, light enough to tell apart.
const QColor errorColour(0xb0, 0x1e, 0x1e);
const QColor warningColour(0x9a, 0x5b, 0x00);

} // namespace

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
    hide();
}

void FieldMessage::showIssues(const ValidationIssues &issues)
{
    QStringList errors;
    QStringList warnings;
    for (const ValidationIssue &issue : issues)
        (issue.severity == ValidationIssue::Severity::Error ? errors : warnings)
            .append(issue.message);
    if (errors.isEmpty() && warnings.isEmpty()) {
        clearMessage();
        return;
    }
    m_hasError = !errors.isEmpty();
    QPalette p = palette();
    p.setColor(QPalette::WindowText, m_hasError ? errorColour : warningColour);
    setPalette(p);
    setText((errors + warnings).join(u'\n'));
    setToolTip(m_hasError ? tr("Not saved until corrected (Esc reverts the field).")
                          : tr("Saved, but worth checking."));
    show();
}

void FieldMessage::showError(const QString &message)
{
    showIssues({{QString(), ValidationIssue::Severity::Error, message}});
}

void FieldMessage::clearMessage()
{
    m_hasError = false;
    clear();
    setToolTip(QString());
    hide();
}

} // namespace casebench::ui
