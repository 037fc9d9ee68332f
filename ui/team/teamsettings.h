// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>

namespace casebench::ui {

/// The team-library settings, typed (beside UiSettings, under the same organisation): the
/// server URLs connected to recently. Passwords are never stored: a URL is kept without one.
class TeamSettings
{
public:
    struct Keys
    {
        static constexpr const char16_t *recentUrls = u"team/recentUrls";
    };
    static constexpr int maxRecentUrls = 8;

    /// Recently connected URLs, most recent first.
    [[nodiscard]] QStringList recentUrls();
    /// Puts a URL first (its password, if it holds one, removed); unreadable URLs are ignored.
    void addRecentUrl(const QString &url);

private:
    QSettings m_settings;
};

} // namespace casebench::ui
