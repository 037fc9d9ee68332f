// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace casebench {

/// A PostgreSQL connection URL (`postgresql://user@host:port/dbname?sslmode=require`, also
/// `postgres://`), read into the parts libpq takes. The password, when the URL holds one, is kept
/// apart so that it is never shown: display() and withoutPassword() leave it out.
struct PostgresUrl
{
    QString user;
    QString host;  ///< a name, an address, or a socket folder (from ?host=/dir)
    int port = -1; ///< -1: libpq's default
    QString database;
    QString password; ///< only when written in the URL; never shown
    /// The passphrase of an encrypted client key (?sslpassword=…): like the password, never
    /// shown, never in withoutPassword(), so never saved with the recent libraries.
    QString sslPassword;
    /// Other libpq parameters from the query string (sslmode, service, connect_timeout, …).
    QList<QPair<QString, QString>> options;

    /// True for text starting with postgresql:// or postgres:// (any case).
    [[nodiscard]] static bool isUrl(const QString &text);
    /// Reads a URL. Returns false and a sentence in `problem` when it cannot be read.
    [[nodiscard]] static bool parse(const QString &text, PostgresUrl &url, QString &problem);

    /// The URL without its password, for messages, Library::path() and reopening.
    [[nodiscard]] QString withoutPassword() const;
    /// "database “x” on server y" for messages.
    [[nodiscard]] QString display() const;
    /// The value of a query option, or `fallback`.
    [[nodiscard]] QString option(const QString &key, const QString &fallback = {}) const;
    /// Whether the server is reached on this computer: a socket folder, no host (libpq's
    /// socket), localhost or a loopback address.
    [[nodiscard]] bool isLocal() const;
    /// The options as QPSQL's connect options ("key='value';…"). With no sslmode (and no
    /// service, which may name one), a server on another computer gets sslmode=require — a
    /// password and special-category data never cross a network in clear — and a local one
    /// sslmode=prefer.
    [[nodiscard]] QString connectOptions() const;
};

} // namespace casebench
