// SPDX-License-Identifier: GPL-3.0-or-later
// Library's team-library members: the reviewer's name and whether the library is read-only.
#include "library.h"

#include "authorship.h"
#include "database.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebench {

QString Library::author()
{
    return authorship::currentAuthor(*m_db);
}

void Library::setAuthor(const QString &name)
{
    m_db->setAuthor(name.trimmed());
}

bool Library::isReadOnly()
{
    if (!m_readOnly) {
        if (const QString query = m_db->dialect().writePrivilegeQuery(); !query.isEmpty()) {
            // The server enforces the role's privileges; asking lets the window grey out what
            // the role cannot do instead of failing on the first edit.
            m_readOnly = !m_db->scalar(query).toBool();
        } else {
            const QFileInfo file(m_db->path());
            m_readOnly = !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable();
        }
    }
    return *m_readOnly;
}

} // namespace casebench
