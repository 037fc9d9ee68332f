// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorship.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace casebench::authorship {

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
        if (const QString query = db.dialect().currentUserQuery(); !query.isEmpty())
            name = db.scalar(query).toString();
        db.setAuthor(name.isEmpty() ? systemUserName() : name);
    }
    return db.author();
}

} // namespace casebench::authorship
