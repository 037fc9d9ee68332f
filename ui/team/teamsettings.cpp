// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsettings.h"

#include "storage/postgresurl.h"

namespace casebench::ui {

QStringList TeamSettings::recentUrls()
{
    return m_settings.value(QString::fromUtf16(Keys::recentUrls)).toStringList();
}

void TeamSettings::addRecentUrl(const QString &url)
{
    PostgresUrl parsed;
    QString problem;
    if (!PostgresUrl::parse(url, parsed, problem))
        return;
    const QString kept = parsed.withoutPassword();
    QStringList urls = recentUrls();
    urls.removeAll(kept);
    urls.prepend(kept);
    while (urls.size() > maxRecentUrls)
        urls.removeLast();
    m_settings.setValue(QString::fromUtf16(Keys::recentUrls), urls);
}

} // namespace casebench::ui
