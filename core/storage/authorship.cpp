// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorship.h"

#include "database.h"
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace casebench::authorship {

bool available(Database &db)
{
    return migrations::currentVersion(db) >= firstVersion;
}

bool sanctionsVersioned(Database &db)
{
    return migrations::currentVersion(db) >= sanctionVersions;
}

QString systemUserName()
{
    for (const char *variable : {"CASEBENCH_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"reviewer"_s;
}

QString currentAuthor(Database &db)
{
    if (db.author().isEmpty()) {
        QString name;
        if (db.dialect().backend == Dialect::Backend::Postgres)
            name = db.scalar(u"SELECT current_user"_s).toString();
        db.setAuthor(name.isEmpty() ? systemUserName() : name);
    }
    return db.author();
}

} // namespace casebench::authorship
