// SPDX-License-Identifier: GPL-3.0-or-later
// Titles, names and references come from untrusted files; casebench-cli prints them without the
// control characters that would let them steer the user's terminal.
#include "clirun.h"

#include "model/case.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

namespace {

/// Escape (OSC title, clear screen), bell, carriage return, backspace, DEL, a C1 CSI and a
/// right-to-left override.
const QString hostileTitle
    = u"Theft\x1b]0;pwned\x07 of\r medication\x1b[2J\b\x7f\u009b31m\u202Eevil"_s;

bool hasControls(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

class TestTerminalText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"hostile.casebench"_s);
        auto library = Library::create(m_path);
        Case c;
        c.reference = u"EVIL-1"_s;
        c.title = hostileTitle;
        c.registrant = u"Ann\x1b[8mHidden"_s;
        c.regulator = Regulator::Nmc;
        library->cases().add(c);
    }

    void textOutputHasNoControls_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("cases") << QStringList{u"cases"_s};
        QTest::newRow("show") << QStringList{u"show"_s, u"EVIL-1"_s};
        QTest::newRow("search") << QStringList{u"search"_s, u"theft"_s};
    }

    void textOutputHasNoControls()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(cliProgram(), QStringList{u"--library"_s, m_path} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(!hasControls(run.out), run.out.constData());
        QVERIFY(!hasControls(run.err));
        if (arguments.constFirst() != u"search")
            QVERIFY2(run.out.contains("Theft]0;pwned of medication[2J31mevil"),
                     run.out.constData());
    }

    void jsonKeepsTheTextEscaped()
    {
        // JSON escapes control characters itself: the exact title survives for scripts.
        const CliRun run = runCli(cliProgram(), {u"--library"_s, m_path, u"--json"_s, u"cases"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!hasControls(run.out));
        const QJsonArray cases = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.at(0).toObject().value(u"title"_s).toString(), hostileTitle);
    }

    void errorsHaveNoControls()
    {
        const CliRun run = runCli(cliProgram(),
                                  {u"--library"_s, m_path, u"show"_s, u"NO\x1b[2JSUCH\x07"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!hasControls(run.err), run.err.constData());
        QVERIFY(run.err.contains("NO[2JSUCH"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
