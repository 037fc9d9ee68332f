// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace casebench::ui {

/// What the application says about itself: version, About text, icon.
namespace appinfo {

/// The project version, e.g. "0.1.0".
QString version();

/// Whether this build has KDE Syntax-Highlighting built in (CASEBENCH_HAVE_KSYNTAXHIGHLIGHTING).
bool hasSyntaxHighlighting();

/// The About box's text (rich text): what Casebench is, its version, Qt's, and the optional
/// features built in.
QString aboutText();

/// The application icon (:/casebench/icons/casebench.svg; drawn in its colours when this Qt
/// has no SVG image plugin).
QIcon applicationIcon();

/// Makes Casebench's file types (packaging/org.casebench.Casebench.mime.xml) known to Qt when the
/// program runs from a build folder, where they are not installed: with a type known by its
/// name, Qt's file dialogs never open a library or its companion files to guess their type (which
/// would drop this process's SQLite locks). Installed, the system's database has them already.
/// Call before the first file dialog.
void addFileTypesFromBuildTree();

} // namespace appinfo

} // namespace casebench::ui
