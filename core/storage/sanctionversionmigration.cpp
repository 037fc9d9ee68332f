// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctionversionmigration.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

namespace {

QStringList statements(const QString &textType)
{
    return {
        u"ALTER TABLE sanctions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)"_s,
        u"ALTER TABLE sanctions ADD COLUMN modified %1 NOT NULL DEFAULT ''"_s.arg(textType),
        // The entries already there were last written, at the latest, when their case was.
        u"UPDATE sanctions SET modified = (SELECT c.modified FROM cases c WHERE c.id = sanctions.case_id)"_s,
    };
}

} // namespace

QStringList sqliteSanctionVersions()
{
    return statements(u"TEXT"_s);
}

QStringList postgresSanctionVersions()
{
    return statements(u"TEXT COLLATE \"C\""_s);
}

} // namespace casebench::migrations
