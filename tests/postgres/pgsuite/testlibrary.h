// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PostgreSQL stand-in for tests/common/testlibrary.h. tests/postgres/CMakeLists.txt builds
// the storage test suite a second time with this folder first on the include path, so that every
// library a test asks for ("NAME.casebench") is a new database on the test server instead of a
// file: the same checks run against both backends. Other files stay in a temporary folder.

#include "pgtestserver.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace casebench::test {

/// A temporary folder, except that library files are databases on the PostgreSQL test server.
class TempFolder
{
public:
    TempFolder() { QVERIFY2(m_dir.isValid(), "cannot create a temporary folder"); }
    [[nodiscard]] QString path(const QString &fileName) const
    {
        if (!fileName.endsWith(QStringLiteral(".casebench")))
            return m_dir.filePath(fileName);
        auto it = m_urls.constFind(fileName);
        if (it == m_urls.constEnd()) {
            const QString test = QString::fromUtf8(
                QTest::currentTestFunction() ? QTest::currentTestFunction() : "fixture");
            it = m_urls.insert(fileName, freshPostgresUrl(test));
        }
        return *it;
    }

private:
    QTemporaryDir m_dir;
    mutable QHash<QString, QString> m_urls;
};

} // namespace casebench::test
