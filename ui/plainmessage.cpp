// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainmessage.h"

#include <QTextDocument>

namespace casebench::ui::plainmessage {

namespace {

QMessageBox::StandardButton run(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                const QString &text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

QMessageBox *create(QMessageBox::Icon icon, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QWidget *parent)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    return box;
}

void setInformative(QMessageBox *box, const QString &text)
{
    // The informative label guesses its format; escaped text reads the same as plain text.
    box->setInformativeText(text.isEmpty() ? QString()
                                           : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
}

QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text)
{
    return run(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::NoButton);
}

QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text)
{
    return run(QMessageBox::Information, parent, title, text, QMessageBox::Ok,
               QMessageBox::NoButton);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    return run(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

} // namespace casebench::ui::plainmessage
