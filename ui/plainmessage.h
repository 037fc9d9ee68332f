// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace casebench::ui::plainmessage {

/// A message box whose text is shown as plain text, never as rich text: messages carry titles,
/// names and file contents from untrusted documents, JSON files and projects, and Qt would
/// otherwise render markup in them (a crafted title could show a live link or hide words).
/// The informative text, when set through setInformative(), is plain too.
QMessageBox *create(QMessageBox::Icon icon, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QWidget *parent);

/// Sets a box's informative text, shown as plain text.
void setInformative(QMessageBox *box, const QString &text);

/// Modal plain-text versions of QMessageBox's static functions.
QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton question(
    QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace casebench::ui::plainmessage
