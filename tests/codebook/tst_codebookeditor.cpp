// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ui/uitestsupport.h"
#include "codebook/codebookeditor.h"
#include "codebook/codebooktreemodel.h"
#include "codebook/deletefactordialog.h"
#include "commands/librarysession.h"
#include "mainwindow.h"
#include "model/codebookjson.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCodebookEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void treeModelFollowsEdits();
    void editFormWritesOneUndoableEdit();
    void refusedEditShowsWhy();
    void addMergeAndDelete();
    void deleteAsksAboutPassages();
    void exportAndImport();
    void screenshot();
    void mainWindowOpensTheEditor();

private:
    PassageId tag(const QString &factorKey);
    template <typename T>
    T *child(const QString &name) const
    {
        T *w = m_editor->findChild<T *>(name);
        Q_ASSERT(w);
        return w;
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CodebookEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    DocumentId m_document;
};

void TestCodebookEditor::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"lib.casebench"_s)));
    Case c;
    c.reference = u"UI-1"_s;
    c.regulator = Regulator::Hcpc;
    c = m_session->library().cases().add(c);
    Document d;
    d.caseId = c.id;
    d.text = u"The registrant has demonstrated insight and apologised."_s;
    m_document = m_session->library().documents().add(d).id;
    m_editor = std::make_unique<CodebookEditor>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->show();
}

void TestCodebookEditor::cleanup()
{
    m_tester.reset();
    m_editor.reset();
    m_session.reset();
    m_folder.reset();
}

PassageId TestCodebookEditor::tag(const QString &factorKey)
{
    const Factor f = *m_session->library().codebook().findByKey(factorKey);
    const QString text = m_session->library().documents().find(m_document)->text;
    return m_session->library().passages().add(Passage::fromSpan(text, m_document, f.id, 4, 14)).id;
}

void TestCodebookEditor::treeModelFollowsEdits()
{
    CodebookTreeModel *model = m_editor->model();
    QCOMPARE(model->rowCount(), 5); // the categories
    const Factor insight = *m_session->library().codebook().findByKey(u"insight"_s);
    const QModelIndex index = model->indexOf(insight.id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), u"Insight"_s);
    QCOMPARE(model->data(index.parent()).toString(), u"Insight and remediation"_s);
    // Sub-factors sit under their parent.
    const Factor training = *m_session->library().codebook().findByKey(u"training_completed"_s);
    QCOMPARE(model->indexOf(training.id).parent().data().toString(), u"Remediation"_s);

    Factor renamed = insight;
    renamed.name = u"Insight shown"_s;
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    m_session->updateFactor(renamed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model->indexOf(insight.id).data().toString(), u"Insight shown"_s);

    Factor moved = renamed;
    moved.parent = training.id;
    m_session->updateFactor(moved);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->indexOf(insight.id).parent().data().toString(), u"Training completed"_s);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(model->indexOf(insight.id).data().toString(), u"Insight"_s);
    // Passage counts follow tagging done elsewhere (the repository here, announced by a signal).
    const PassageId p = tag(u"insight"_s);
    Q_EMIT m_session->passageAdded(p);
    QCOMPARE(model->indexOf(insight.id)
                 .siblingAtColumn(CodebookTreeModel::PassagesColumn)
                 .data()
                 .toInt(),
             1);
}

void TestCodebookEditor::editFormWritesOneUndoableEdit()
{
    const Factor insight = *m_session->library().codebook().findByKey(u"insight"_s);
    m_editor->selectFactor(insight.id);
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"Insight"_s);
    QVERIFY(
        child<QPlainTextEdit>(u"phrasesEdit"_s)->toPlainText().contains(u"demonstrated insight"_s));

    child<QLineEdit>(u"nameEdit"_s)->setText(u"Insight shown"_s);
    QTest::mouseClick(child<QPushButton>(u"applyButton"_s), Qt::LeftButton);
    QCOMPARE(m_session->library().codebook().find(insight.id)->name, u"Insight shown"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Rename factor Insight to Insight shown"_s);

    auto *polarity = child<QComboBox>(u"polarityCombo"_s);
    polarity->setCurrentIndex(polarity->findData(static_cast<int>(Polarity::Neutral)));
    child<QPlainTextEdit>(u"phrasesEdit"_s)->setPlainText(u"shows insight\nreflected deeply\n\n"_s);
    child<QKeySequenceEdit>(u"shortcutEdit"_s)->setKeySequence(QKeySequence(u"Ctrl+Alt+I"_s));
    QVERIFY(m_editor->applyEdits());
    const Factor stored = *m_session->library().codebook().find(insight.id);
    QCOMPARE(stored.polarity, Polarity::Neutral);
    QCOMPARE(stored.phrases, (QStringList{u"shows insight"_s, u"reflected deeply"_s}));
    QCOMPARE(stored.shortcut, u"Ctrl+Alt+I"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Edit factor Insight shown"_s);
    QCOMPARE(m_session->undoStack()->count(), 2);
    // Undo shows in the form.
    m_session->undoStack()->undo();
    QCOMPARE(child<QPlainTextEdit>(u"phrasesEdit"_s)->toPlainText(), insight.phrases.join(u'\n'));
    // Re-parent through the combo: the factor itself and its sub-factors are not offered.
    const Factor remediation = *m_session->library().codebook().findByKey(u"remediation"_s);
    m_editor->selectFactor(remediation.id);
    auto *parent = child<QComboBox>(u"parentCombo"_s);
    QCOMPARE(parent->findText(u"Remediation"_s), -1);
    QCOMPARE(parent->findText(u"Training completed"_s), -1);
    parent->setCurrentIndex(parent->findText(u"Insight shown"_s));
    QVERIFY(m_editor->applyEdits());
    QCOMPARE(m_session->library().codebook().find(remediation.id)->parent, insight.id);
}

void TestCodebookEditor::refusedEditShowsWhy()
{
    const Factor remorse = *m_session->library().codebook().findByKey(u"remorse"_s);
    m_editor->selectFactor(remorse.id);
    child<QLineEdit>(u"nameEdit"_s)->setText(u"Insight"_s); // taken
    const int count = m_session->undoStack()->count();
    QVERIFY(!m_editor->applyEdits());
    QVERIFY2(m_editor->message().contains(u"Insight"_s), qPrintable(m_editor->message()));
    QCOMPARE(m_session->undoStack()->count(), count);
}

void TestCodebookEditor::addMergeAndDelete()
{
    const Factor insight = *m_session->library().codebook().findByKey(u"insight"_s);
    m_editor->selectFactor(insight.id);
    const FactorId added = m_editor->addFactor();
    QVERIFY(added.isValid());
    QCOMPARE(m_editor->currentFactor(), added);
    const Factor stored = *m_session->library().codebook().find(added);
    QCOMPARE(stored.name, u"New factor"_s);
    QCOMPARE(stored.category, FactorCategory::InsightRemediation);
    QCOMPARE(m_session->undoStack()->undoText(), u"Add factor New factor"_s);

    // Merge it into Insight, choosing in the list.
    const PassageId p = tag(u"remorse"_s);
    const Factor remorse = *m_session->library().codebook().findByKey(u"remorse"_s);
    m_editor->selectFactor(remorse.id);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(u"Insight"_s);
        dialog->accept();
    });
    m_editor->mergeSelected();
    QVERIFY(!m_session->library().codebook().find(remorse.id));
    QCOMPARE(m_session->library().passages().find(p)->factor, insight.id);
    QCOMPARE(m_editor->currentFactor(), insight.id);
    QCOMPARE(m_session->undoStack()->undoText(),
             u"Merge factor Remorse and apology into Insight"_s);

    // A factor without passages is deleted without asking.
    m_editor->selectFactor(added);
    m_editor->deleteSelected();
    QVERIFY(!m_session->library().codebook().find(added));
    m_session->undoStack()->undo();
    QVERIFY(m_session->library().codebook().find(added));
}

void TestCodebookEditor::deleteAsksAboutPassages()
{
    const PassageId p = tag(u"remorse"_s);
    const Factor remorse = *m_session->library().codebook().findByKey(u"remorse"_s);
    const Factor insight = *m_session->library().codebook().findByKey(u"insight"_s);
    m_editor->selectFactor(remorse.id);

    // Cancelled: nothing happens.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<DeleteFactorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->reject();
    });
    m_editor->deleteSelected();
    QVERIFY(m_session->library().codebook().find(remorse.id));

    // Move the passage to Insight.
    QTimer::singleShot(0, this, [insight] {
        auto *dialog = qobject_cast<DeleteFactorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setMoveTo(insight.id);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    });
    m_editor->deleteSelected();
    QVERIFY(!m_session->library().codebook().find(remorse.id));
    QCOMPARE(m_session->library().passages().find(p)->factor, insight.id);
    m_session->undoStack()->undo();

    // Delete the passage with it.
    m_editor->selectFactor(remorse.id);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<DeleteFactorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(u"deleteRadio"_s)->setChecked(true);
        dialog->accept();
    });
    m_editor->deleteSelected();
    QVERIFY(!m_session->library().passages().find(p));
    m_session->undoStack()->undo();
    QCOMPARE(m_session->library().passages().find(p)->factor, remorse.id);
}

void TestCodebookEditor::exportAndImport()
{
    const QString path = m_folder->path(u"codebook.json"_s);
    QVERIFY(m_editor->exportFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<CodebookEntry> entries = codebookjson::parse(file.readAll(), path);
    QCOMPARE(entries.size(), m_session->library().codebook().all().size());
    file.close();

    // Rename Insight here, then import the file back: merged by key, the name returns.
    Factor insight = *m_session->library().codebook().findByKey(u"insight"_s);
    insight.name = u"Insight shown"_s;
    m_session->updateFactor(insight);
    QVERIFY(m_editor->importFile(path, LibrarySession::CodebookImport::Merge));
    QCOMPARE(m_session->library().codebook().find(insight.id)->name, u"Insight"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Import codebook (merge)"_s);

    // A file that is not a codebook: a message naming it, nothing changed.
    const QString bad = m_folder->path(u"bad.json"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"format\": \"something else\"}");
    badFile.close();
    const int count = m_session->undoStack()->count();
    QVERIFY(!m_editor->importFile(bad, LibrarySession::CodebookImport::Replace));
    QVERIFY2(m_editor->message().contains(bad), qPrintable(m_editor->message()));
    QCOMPARE(m_session->undoStack()->count(), count);
    QVERIFY(!m_editor->importFile(m_folder->path(u"missing.json"_s),
                                  LibrarySession::CodebookImport::Merge));
}

void TestCodebookEditor::screenshot()
{
    const Factor insight = *m_session->library().codebook().findByKey(u"insight"_s);
    m_editor->selectFactor(insight.id);
    m_editor->resize(960, 640);
    QTest::qWait(20);
    const QString out = qEnvironmentVariable("CASEBENCH_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(m_editor->grab().save(out + u"/codebook-editor.png"_s));
}

void TestCodebookEditor::mainWindowOpensTheEditor()
{
    test::IsolatedSettings settings;
    const QString path = m_folder->path(u"window.casebench"_s);
    Library::create(path).reset();
    MainWindow window;
    auto *action = window.findChild<QAction *>(u"actionCodebook"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(window.openLibrary(path));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *editor = window.findChild<CodebookEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    action->trigger(); // the same editor again, not a second one
    QCOMPARE(window.findChildren<CodebookEditor *>().size(), 1);
    // Closing the library closes the editor of its codebook.
    window.closeLibrary();
    QVERIFY(!window.findChild<CodebookEditor *>());
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestCodebookEditor)
#include "tst_codebookeditor.moc"
