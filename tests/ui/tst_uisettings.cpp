// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestUiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void staysInTheTemporaryScope();
    void roundTripsTheLayout();
    void keepsEightRecentFilesMostRecentFirst();
    void prunesRecentFilesThatNoLongerExist();
    void remembersTheLastLibrary();

private:
    QString touch(const QString &name) const;

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestUiSettings::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
}

void TestUiSettings::init()
{
    QSettings(u"Casebench"_s, u"Casebench"_s).clear();
    m_folder = std::make_unique<test::TempFolder>();
}

QString TestUiSettings::touch(const QString &name) const
{
    const QString path = m_folder->path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot create a test file");
    return path;
}

void TestUiSettings::staysInTheTemporaryScope()
{
    const QSettings settings(u"Casebench"_s, u"Casebench"_s);
    QVERIFY2(settings.fileName().startsWith(m_settings->path()), qPrintable(settings.fileName()));
}

void TestUiSettings::roundTripsTheLayout()
{
    {
        UiSettings settings;
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.filterBarVisible()); // shown unless hidden by the user
        settings.setWindowGeometry("geometry");
        settings.setWindowState("state");
        settings.setPanelSplitter("splitter");
        settings.setCaseTableHeader("header");
        settings.setFilterBarVisible(false);
    }
    const UiSettings settings;
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(settings.windowState(), QByteArray("state"));
    QCOMPARE(settings.panelSplitter(), QByteArray("splitter"));
    QCOMPARE(settings.caseTableHeader(), QByteArray("header"));
    QVERIFY(!settings.filterBarVisible());
    const QSettings raw(u"Casebench"_s, u"Casebench"_s);
    QCOMPARE(raw.value(QString::fromUtf16(UiSettings::Keys::windowState)).toByteArray(),
             QByteArray("state"));
}

void TestUiSettings::keepsEightRecentFilesMostRecentFirst()
{
    UiSettings settings;
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        files.append(touch(u"library-%1.casebench"_s.arg(i)));
        settings.addRecentFile(files.last());
    }
    QStringList recent = settings.recentFiles();
    QCOMPARE(recent.size(), UiSettings::maxRecentFiles);
    QCOMPARE(recent.first(), QDir::cleanPath(files.at(9)));
    QCOMPARE(recent.last(), QDir::cleanPath(files.at(2)));
    settings.addRecentFile(files.at(5)); // opened again: moves to the front, once
    recent = settings.recentFiles();
    QCOMPARE(recent.first(), QDir::cleanPath(files.at(5)));
    QCOMPARE(recent.count(QDir::cleanPath(files.at(5))), 1);
    QCOMPARE(recent.size(), UiSettings::maxRecentFiles);
    settings.removeRecentFile(files.at(5));
    QVERIFY(!settings.recentFiles().contains(QDir::cleanPath(files.at(5))));
    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestUiSettings::prunesRecentFilesThatNoLongerExist()
{
    UiSettings settings;
    const QString kept = touch(u"kept.casebench"_s);
    const QString gone = touch(u"gone.casebench"_s);
    settings.addRecentFile(kept);
    settings.addRecentFile(gone);
    QCOMPARE(settings.recentFiles().size(), 2);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(settings.recentFiles(), QStringList{QDir::cleanPath(kept)});
    // The pruned list is what is stored now.
    const QSettings raw(u"Casebench"_s, u"Casebench"_s);
    QCOMPARE(raw.value(QString::fromUtf16(UiSettings::Keys::recentFiles)).toStringList(),
             QStringList{QDir::cleanPath(kept)});
}

void TestUiSettings::remembersTheLastLibrary()
{
    UiSettings settings;
    QVERIFY(settings.lastLibrary().isEmpty());
    const QString path = touch(u"last.casebench"_s);
    settings.setLastLibrary(path);
    QCOMPARE(UiSettings().lastLibrary(), QDir::cleanPath(path));
    settings.setLastLibrary(QString());
    QVERIFY(UiSettings().lastLibrary().isEmpty());
}

QTEST_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
