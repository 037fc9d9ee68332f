// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPlainTextEdit;

namespace casebench::ui {

/// Gives a text view the structural colours of decision documents (stage headings, paragraph
/// numbers, particulars, sanctions, legal tests, dates, quoted evidence) through KDE
/// Syntax-Highlighting, with the project's definition from the Qt resource and a KDE theme
/// matching the palette (light or dark). Does nothing in a build without KF6SyntaxHighlighting
/// (appinfo::hasSyntaxHighlighting() says which).
void attachStructuralHighlighting(QPlainTextEdit *view);

} // namespace casebench::ui
