// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxnumbering.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace casebench {

using packagexml::attribute;

bool DocxNumbering::parse(const QByteArray &xmlBytes, int maxDepth, qint64 maxText,
                          const QString &fileName, QString &problem)
{
    QXmlStreamReader xml(xmlBytes);
    packagexml::XmlGuard guard(maxDepth, maxText);
    QString abstractId;
    QString numId;
    int level = -1;
    int overrideLevel = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        if (xml.isEndElement()) {
            if (xml.name() == u"abstractNum")
                abstractId.clear();
            else if (xml.name() == u"num")
                numId.clear();
            else if (xml.name() == u"lvl")
                level = -1;
            else if (xml.name() == u"lvlOverride")
                overrideLevel = -1;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        const QString val = attribute(xml, u"val");
        if (name == u"abstractNum") {
            abstractId = attribute(xml, u"abstractNumId");
            m_abstracts[abstractId];
        } else if (name == u"num") {
            numId = attribute(xml, u"numId");
            m_instances[numId];
        } else if (name == u"lvl" && !abstractId.isNull()) {
            level = qBound(0, attribute(xml, u"ilvl").toInt(), levelCount - 1);
            m_abstracts[abstractId][level];
        } else if (name == u"lvlOverride" && !numId.isNull()) {
            overrideLevel = qBound(0, attribute(xml, u"ilvl").toInt(), levelCount - 1);
        } else if (level >= 0 && !abstractId.isNull()) {
            Level &l = m_abstracts[abstractId][level];
            if (name == u"start")
                l.start = qBound(0, val.toInt(), 1000000);
            else if (name == u"numFmt")
                l.style = packagexml::numberStyleFromWord(val);
            else if (name == u"lvlText")
                l.text = val;
        } else if (!numId.isNull()) {
            if (name == u"abstractNumId")
                m_instances[numId].abstractId = val;
            else if (name == u"startOverride" && overrideLevel >= 0)
                m_instances[numId].startOverrides.insert(overrideLevel,
                                                         qBound(0, val.toInt(), 1000000));
        }
    }
    if (xml.hasError()) {
        problem = packagexml::xmlProblem(fileName, u"word/numbering.xml"_s, xml, guard);
        return false;
    }
    return true;
}

QString DocxNumbering::next(const QString &numId, int ilvl)
{
    const auto instance = m_instances.find(numId);
    if (instance == m_instances.end() || !m_abstracts.contains(instance->abstractId))
        return {};
    const QHash<int, Level> &levels = m_abstracts.value(instance->abstractId);
    ilvl = qBound(0, ilvl, levelCount - 1);
    // counters hold the number last issued at each level; a level not yet used holds start - 1.
    QList<int> &counters = m_counters[instance->abstractId];
    if (counters.isEmpty()) {
        for (int l = 0; l < levelCount; ++l)
            counters.append(levels.value(l).start - 1);
    }
    // A startOverride restarts the list the first time its instance is used (Word's "restart
    // numbering"); otherwise instances of one definition continue one another.
    if (!instance->used) {
        instance->used = true;
        for (auto it = instance->startOverrides.cbegin(); it != instance->startOverrides.cend();
             ++it)
            counters[it.key()] = it.value() - 1;
    }
    const Level level = levels.value(ilvl);
    counters[ilvl] = counters.at(ilvl) + 1;
    for (int deeper = ilvl + 1; deeper < levelCount; ++deeper)
        counters[deeper] = levels.value(deeper).start - 1;
    QString label = level.text;
    for (int l = levelCount - 1; l >= 0; --l) {
        const QString placeholder = u"%"_s + QString::number(l + 1);
        if (!label.contains(placeholder))
            continue;
        const Level other = levels.value(l);
        const int value = qMax(counters.at(l), other.start);
        label.replace(placeholder, packagexml::formatNumber(value, other.style));
    }
    if (level.style == packagexml::NumberStyle::Bullet)
        return u"•"_s;
    return label.trimmed();
}

} // namespace casebench
