// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packagexml.h"

#include <QHash>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace casebench {

/// The list styles of an OpenDocument text (text:list-style and the heading outline style): for
/// each level its number format, prefix, suffix, start value and how many levels it shows, so
/// that "(%a)" or "1.2." can be written as the document shows it.
class OdtListStyles
{
public:
    struct Level
    {
        packagexml::NumberStyle style = packagexml::NumberStyle::None;
        QString prefix;
        QString suffix;
        int start = 1;
        int displayLevels = 1;
    };
    static constexpr int maxLevels = 10;
    static inline const QString outlineStyle = QStringLiteral("\x01outline");

    /// Called for each start element while the styles are read (from styles.xml and from
    /// content.xml's automatic styles); picks up what concerns lists.
    void handleStartElement(const QXmlStreamReader &xml);
    void handleEndElement(QStringView name);

    /// The level (1-based) of the named style; a plain number if the style is unknown.
    [[nodiscard]] Level level(const QString &styleName, int level) const;

    /// The label for `counters` (one per level, 1-based level = counters.size()) in `styleName`.
    [[nodiscard]] QString label(const QString &styleName, const QList<int> &counters) const;

private:
    QHash<QString, QHash<int, Level>> m_styles;
    QString m_current;
};

} // namespace casebench
