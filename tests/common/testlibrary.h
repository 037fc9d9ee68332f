// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace casebench::test {

/// A temporary folder for one test's library files, removed afterwards.
class TempFolder
{
public:
    TempFolder() { QVERIFY2(m_dir.isValid(), "cannot create a temporary folder"); }
    [[nodiscard]] QString path(const QString &fileName) const { return m_dir.filePath(fileName); }

private:
    QTemporaryDir m_dir;
};

} // namespace casebench::test
