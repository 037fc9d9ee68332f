// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packagexml.h"

#include <QHash>
#include <QList>
#include <QString>

namespace casebench {

/// Word's list numbering (word/numbering.xml): abstract numbering definitions with their levels
/// (start, number format, level text such as "%1." or "(%2)"), the numbering instances that use
/// them, and the running counters that give each numbered paragraph its label.
class DocxNumbering
{
public:
    /// Reads numbering.xml; false with `problem` set when it is malformed or breaks a limit of
    /// packagexml::XmlGuard (a DTD, nesting deeper than `maxDepth`, more than `maxText`
    /// characters of text).
    bool parse(const QByteArray &xmlBytes, int maxDepth, qint64 maxText, const QString &fileName,
               QString &problem);

    /// The label of the next paragraph numbered with instance `numId` at level `ilvl` ("3.",
    /// "(b)", "ii."), advancing the counters; empty for an unknown instance or a level without
    /// text.
    QString next(const QString &numId, int ilvl);

private:
    struct Level
    {
        int start = 1;
        packagexml::NumberStyle style = packagexml::NumberStyle::Decimal;
        QString text;
    };
    struct Instance
    {
        QString abstractId;
        QHash<int, int> startOverrides;
        bool used = false;
    };
    static constexpr int levelCount = 9;

    QHash<QString, QHash<int, Level>> m_abstracts;
    QHash<QString, Instance> m_instances;
    QHash<QString, QList<int>> m_counters; ///< per abstract definition, one per level
};

} // namespace casebench
