// SPDX-License-Identifier: GPL-3.0-or-later
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif
// File ▸ Migration Backups…: lists the backups of the library file and removes them, asking
// first; leaves every other file alone.
#include "backupsdialog.h"

#include "storage/database.h"
#include "storage/library.h"
#include "storage/migrationbackups.h"
#include "storage/migrations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestBackupsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Answers the next confirmation with `button` once it is shown.
    static void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, qApp, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box != nullptr);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void listsAndRemoves()
    {
        const QString path = m_dir.filePath(u"upgraded.casebench"_s);
        Library::createAtVersion(path, migrations::latestVersion() - 1);
        const QString backup = Library::open(path)->migrationBackupPath();
        QVERIFY(QFileInfo::exists(backup));
        const QString other = path + u".backup-notes.txt"_s;
        QFile(other).open(QIODevice::WriteOnly);

        BackupsDialog dialog(path);
        dialog.show();
        QCOMPARE(dialog.backupCount(), 1);
        // For a look at it: saved in the temporary folder.
        dialog.grab().save(QDir::temp().filePath(u"casebench-backups-dialog.png"_s));
        auto *removeAll = dialog.findChild<QPushButton *>(u"removeAllBackups"_s);
        QVERIFY(removeAll != nullptr && removeAll->isEnabled());

        answerNextQuestion(QMessageBox::Cancel);
        removeAll->click();
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(dialog.backupCount(), 1);

        answerNextQuestion(QMessageBox::Yes);
        removeAll->click();
        QVERIFY(!QFileInfo::exists(backup));
        QVERIFY(QFileInfo::exists(other));
        QCOMPARE(dialog.backupCount(), 0);
        QVERIFY(!removeAll->isEnabled());
        QVERIFY(migrationbackups::list(path).isEmpty());
    }
};

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
