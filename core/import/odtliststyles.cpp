// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtliststyles.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace casebench {

using packagexml::attribute;

void OdtListStyles::handleStartElement(const QXmlStreamReader &xml)
{
    const QStringView name = xml.name();
    if (name == u"list-style") {
        m_current = attribute(xml, u"name");
        m_styles[m_current];
    } else if (name == u"outline-style") {
        m_current = outlineStyle;
        m_styles[m_current];
    } else if (!m_current.isNull()
               && (name == u"list-level-style-number" || name == u"outline-level-style"
                   || name == u"list-level-style-bullet")) {
        const int number = qBound(1, attribute(xml, u"level").toInt(), maxLevels);
        Level level;
        if (name == u"list-level-style-bullet") {
            level.style = packagexml::NumberStyle::Bullet;
        } else {
            level.style = packagexml::numberStyleFromOdf(attribute(xml, u"num-format"));
            level.prefix = attribute(xml, u"num-prefix");
            level.suffix = attribute(xml, u"num-suffix");
            const QString start = attribute(xml, u"start-value");
            level.start = start.isEmpty() ? 1 : qBound(0, start.toInt(), 1000000);
            const QString display = attribute(xml, u"display-levels");
            level.displayLevels = display.isEmpty() ? 1 : qBound(1, display.toInt(), number);
        }
        m_styles[m_current].insert(number, level);
    }
}

void OdtListStyles::handleEndElement(QStringView name)
{
    if (name == u"list-style" || name == u"outline-style")
        m_current = QString();
}

OdtListStyles::Level OdtListStyles::level(const QString &styleName, int level) const
{
    const auto style = m_styles.constFind(styleName);
    if (style == m_styles.cend()) {
        // No style at all: number the list plainly rather than drop the numbers.
        Level plain;
        if (styleName != outlineStyle) {
            plain.style = packagexml::NumberStyle::Decimal;
            plain.suffix = u"."_s;
        }
        return plain;
    }
    return style->value(level);
}

QString OdtListStyles::label(const QString &styleName, const QList<int> &counters) const
{
    const int depth = static_cast<int>(counters.size());
    if (depth == 0)
        return {};
    const Level own = level(styleName, depth);
    if (own.style == packagexml::NumberStyle::Bullet)
        return u"•"_s;
    if (own.style == packagexml::NumberStyle::None)
        return {};
    QStringList parts;
    for (int l = depth - own.displayLevels + 1; l <= depth; ++l) {
        const Level shown = level(styleName, l);
        if (shown.style == packagexml::NumberStyle::None
            || shown.style == packagexml::NumberStyle::Bullet)
            continue;
        parts.append(packagexml::formatNumber(counters.at(l - 1), shown.style));
    }
    return own.prefix + parts.join(u'.') + own.suffix;
}

} // namespace casebench
