// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

/// A REFI-QDA project (project.qde and its plain-text sources) as plain values: what
/// QdpxReader reads from a .qdpx file and QdpxWriter writes to one. GUIDs are kept as written
/// in the file (references are compared through refiqda::normalisedGuid). Positions are in
/// Unicode code points, as the standard counts them.
struct QdpxProject
{
    struct User
    {
        QString guid;
        QString name;
    };

    struct Code
    {
        QString guid;
        QString name;
        QString description;
        QColor colour; ///< invalid when the file gives none
        bool codable = true;
        QString parentGuid; ///< empty at the top level
        int depth = 0;      ///< 0 at the top level
    };

    /// A variable's value on a case or a source; `type` is the standard's typeOfVariable.
    struct Variable
    {
        QString name;
        QString type = QStringLiteral("Text");
        QString value; ///< dates as yyyy-MM-dd
    };

    struct Selection
    {
        QString guid;
        QString name;
        qsizetype start = 0; ///< code points
        qsizetype end = 0;   ///< code points, one past the last
        QString description;
        QStringList codeGuids; ///< one per Coding
        QStringList noteGuids;
        QString creatingUser; ///< a user's GUID, may be empty
        QDateTime created;
        QString modifyingUser;
        QDateTime modified;
    };

    struct Source
    {
        QString guid;
        QString name;
        QString description;
        QString text;          ///< the plain text the positions count in
        QString plainTextPath; ///< where it was (or is to be) stored, e.g. internal://GUID.txt
        QString creatingUser;
        QDateTime created;
        QList<Selection> selections;
        QList<Variable> variables;
    };

    struct Case
    {
        QString guid;
        QString name;
        QString description;
        QStringList sourceGuids;
        QList<Variable> variables;
    };

    struct Note
    {
        QString guid;
        QString name;
        QString text;
    };

    QString name;
    QString origin;
    QString creatingUser;
    QDateTime created;
    QList<User> users;
    QList<Code> codes;     ///< parents before their children
    QList<Source> sources; ///< text sources only
    QList<Case> cases;
    QList<Note> notes;
    /// Sources of other kinds (PDF, picture, audio, video) that were passed over: their names.
    QStringList skippedSources;
    /// GUIDs of the passed-over sources, so that references to them still resolve.
    QStringList skippedSourceGuids;

    [[nodiscard]] const Code *code(const QString &guid) const;
    [[nodiscard]] const User *user(const QString &guid) const;
    [[nodiscard]] const Note *note(const QString &guid) const;
    [[nodiscard]] const Source *source(const QString &guid) const;
    /// The value of a variable by name, or an empty string.
    static QString variable(const QList<Variable> &variables, const QString &name);
};

} // namespace casebench
