// SPDX-License-Identifier: GPL-3.0-or-later
// The Bundle dialog offscreen: presets set the sections, the preview follows the options and
// anonymisation, saving writes a file on the worker, failures name the file; the main window's
// File ▸ Export ▸ Bundle… action.
#include "bundlefixture.h"

#include "../ui/uitestsupport.h"
#include "commands/librarysession.h"
#include "export/bundlecontroller.h"
#include "export/bundledialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace casebench;
using namespace casebench::test;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestBundleDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settings = std::make_unique<IsolatedSettings>(); }
    void presetsSetSections();
    void previewFollowsAnonymise();
    void saveWritesFile();
    void saveFailureNamesFile();
    void mainWindowAction();

private:
    std::unique_ptr<IsolatedSettings> m_settings; // the main window keeps recent files
    static QString previewText(BundleDialog &dialog)
    {
        QCoreApplication::processEvents(); // the preview is rebuilt on the next turn of the loop
        return dialog.preview()->toPlainText();
    }
};

void TestBundleDialog::presetsSetSections()
{
    BundleFixture fixture;
    LibrarySession session(fixture.takeLibrary());
    BundleDialog dialog(session, fixture.subject());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.presetCombo()->currentText(), u"Panel aide-memoire"_s);
    for (BundleSection section : enumValues<BundleSection>())
        QVERIFY(dialog.sectionBox(section)->isChecked());
    QString text = previewText(dialog);
    QVERIFY(text.startsWith(u"Panel aide-memoire"_s));
    QVERIFY(text.indexOf(u"Finding (1)"_s) < text.indexOf(u"Mitigating (2)"_s));

    // Unticking a section makes the bundle custom and takes the section out of the preview.
    dialog.sectionBox(BundleSection::Precedents)->click();
    QCOMPARE(dialog.options().preset, BundlePreset::Custom);
    QCOMPARE(dialog.presetCombo()->currentText(), u"Custom bundle"_s);
    QVERIFY(!previewText(dialog).contains(u"BND-003"_s));

    // Choosing a preset sets its sections and its order.
    dialog.presetCombo()->setFocus();
    QTest::keyClick(dialog.presetCombo(), Qt::Key_Up); // Custom → Mitigation bundle
    QCOMPARE(dialog.presetCombo()->currentText(), u"Mitigation bundle"_s);
    QCOMPARE(dialog.options().preset, BundlePreset::Mitigation);
    QVERIFY(dialog.sectionBox(BundleSection::Precedents)->isChecked());
    text = previewText(dialog);
    QVERIFY(text.startsWith(u"Mitigation bundle"_s));
    QVERIFY(text.indexOf(u"Mitigating (2)"_s) < text.indexOf(u"Finding (1)"_s));
    QVERIFY(text.contains(u"BND-003"_s));

    const QString shots = qEnvironmentVariable("CASEBENCH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(u"bundle-dialog.png"_s));
    QVERIFY(!dialog.grab().isNull());
}

void TestBundleDialog::previewFollowsAnonymise()
{
    BundleFixture fixture;
    LibrarySession session(fixture.takeLibrary());
    BundleDialog dialog(session, fixture.subject());
    QVERIFY(previewText(dialog).contains(u"Marlowe Fenwick-Tate"_s));
    dialog.anonymiseBox()->click();
    QVERIFY(dialog.options().anonymise);
    const QString text = previewText(dialog);
    QVERIFY(!text.contains(u"Marlowe"_s, Qt::CaseInsensitive));
    QVERIFY(!text.contains(u"Fenwick"_s, Qt::CaseInsensitive));
    QVERIFY(!dialog.preview()->documentTitle().contains(u"Fenwick"_s));
}

void TestBundleDialog::saveWritesFile()
{
    BundleFixture fixture;
    LibrarySession session(fixture.takeLibrary());
    BundleDialog dialog(session, fixture.subject());
    QSignalSpy saved(&dialog, &BundleDialog::saved);
    const QString pdf = fixture.path(u"dialog.pdf"_s);
    dialog.saveTo(pdf, BundleDialog::Format::Pdf);
    QVERIFY(saved.wait(60000));
    QCOMPARE(saved.at(0).at(0).toString(), pdf);
    QVERIFY(saved.at(0).at(1).toInt() >= 2);
    QVERIFY(QFileInfo(pdf).size() > 1000);

    const QString html = fixture.path(u"dialog.html"_s);
    dialog.saveTo(html, BundleDialog::Format::Html);
    QVERIFY(saved.wait(60000));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("<!DOCTYPE html>"));
}

void TestBundleDialog::saveFailureNamesFile()
{
    BundleFixture fixture;
    LibrarySession session(fixture.takeLibrary());
    BundleDialog dialog(session, fixture.subject());
    QSignalSpy failed(&dialog, &BundleDialog::failed);
    const QString path = fixture.path(u"missing/bundle.pdf"_s);
    dialog.saveTo(path, BundleDialog::Format::Pdf);
    QVERIFY(failed.wait(60000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestBundleDialog::mainWindowAction()
{
    BundleFixture fixture;
    const QString path = fixture.libraryPath();
    fixture.takeLibrary().reset();
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    auto *action = window.findChild<QAction *>(u"actionExportBundle"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *exportMenu = window.findChild<QMenu *>(u"menuExport"_s);
    QVERIFY(exportMenu && exportMenu->actions().contains(action));
    window.selectCase(fixture.subject());
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<BundleDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(u"BND-001"_s));
    dialog->close();
}

QTEST_MAIN(TestBundleDialog)
#include "tst_bundledialog.moc"
