// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebench {

struct PostgresUrl;

/// Passwords given to Casebench during this run (typed into a prompt, or written into an
/// address), so that other connections to the same library — background workers for search,
/// precedents and import, which reopen it by its address alone — can open too. Process-wide and
/// thread-safe; kept in memory only, never written anywhere. An entry is held by every open
/// connection that used it and goes when the last of them closes (the library is closed or
/// disconnected); a password that was not accepted is never kept.
class SessionCredentials
{
public:
    /// The key of an address: user@host:port/database (with ?service=… when one is named),
    /// never the password or other parameters.
    [[nodiscard]] static QString key(const PostgresUrl &url);

    /// The password held for `key`; empty when none.
    [[nodiscard]] static QString password(const QString &key);
    /// Records that a connection to `key` was accepted with `password` and stays open: the
    /// password is kept (or replaced) until every holder has called release().
    static void hold(const QString &key, const QString &password);
    /// The end of one holder's connection; the password is forgotten with the last one.
    static void release(const QString &key);
    /// Forgets the password of `key` at once, whoever holds it (the server refused it later).
    static void forget(const QString &key);

    /// How many connections hold `key` (for tests).
    [[nodiscard]] static int holders(const QString &key);
};

} // namespace casebench
