// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "terminaltext.h"

#include "model/libraryerror.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

CliError::CliError(ExitCode code, QString message)
    : m_code(code), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

CliError usageError(const QString &message)
{
    return CliError(ExitCode::Usage, message);
}

CliError inputError(const QString &message)
{
    return CliError(ExitCode::BadInput, message);
}

QString shownPath(const QString &path)
{
    return u"“"_s + QDir::toNativeSeparators(path) + u"”"_s;
}

QString CliContext::requireLibraryPath() const
{
    if (libraryPath.isEmpty())
        throw usageError(
            Tr::tr("No library was given; use --library PATH or set CASEBENCH_LIBRARY."));
    return libraryPath;
}

std::unique_ptr<Library> CliContext::openLibrary() const
{
    const QString path = requireLibraryPath();
    // Said here rather than left to Library so that a mistyped path reads as such. A PostgreSQL
    // URL is no file: Library says what is wrong with the server or the database.
    if (!Library::isUrl(path) && !QFileInfo::exists(path)) {
        throw LibraryError(
            LibraryError::Kind::FileNotFound,
            Tr::tr("Cannot open library %1: the file does not exist.").arg(shownPath(path)));
    }
    auto library = Library::open(path);
    if (const QString backup = library->migrationBackupPath(); !backup.isEmpty()) {
        err << Tr::tr(
                   "Note: the library %1 was upgraded to schema version %2; the original was kept as %3.")
                   .arg(shownPath(path))
                   .arg(library->schemaVersion())
                   .arg(shownPath(backup))
            << '\n';
    }
    return library;
}

void CliContext::refuseToOverwrite() const
{
    const QString path = requireLibraryPath();
    // A database on a server is checked by Library::create, which refuses one holding tables.
    if (Library::isUrl(path))
        return;
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        throw inputError(Tr::tr("The file %1 already exists; Casebench will not overwrite it.")
                             .arg(shownPath(path)));
    }
}

void CliContext::writeJson(const QJsonObject &object) const
{
    out << jsonEscaped(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void CliContext::writeJson(const QJsonArray &array) const
{
    out << jsonEscaped(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

QString CliContext::heading(const QString &text) const
{
    return styled ? u"\x1b[1m"_s + text + u"\x1b[0m"_s : text;
}

} // namespace casebench::cli
