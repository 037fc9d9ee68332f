// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/documentlistmodel.h"
#include "storage/documentrepository.h"
#include "storage/passagerepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestDocumentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheCasesDocuments();
    void isReadOnly();
    void switchingCasesShowsTheirDocuments();
    void removedCaseEmptiesAndUndoRestores();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<DocumentListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    CaseId m_case;
};

void TestDocumentListModel::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
    m_case = test::caseByReference(*m_session, u"DEMO-HCPC-001"_s);
    QVERIFY(m_case.isValid());
    m_model = std::make_unique<DocumentListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setSession(m_session.get());
    m_model->setCase(m_case);
}

void TestDocumentListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_folder.reset();
}

void TestDocumentListModel::listsTheCasesDocuments()
{
    Library &library = m_session->library();
    const QList<Document> documents = library.documents().forCase(m_case, false);
    QVERIFY(!documents.isEmpty());
    QCOMPARE(m_model->rowCount(), documents.size());
    QCOMPARE(m_model->columnCount(), int(DocumentListModel::ColumnCount));
    int passages = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Document &d = documents.at(row);
        QCOMPARE(m_model->index(row, DocumentListModel::Title).data().toString(), d.title);
        QCOMPARE(m_model->index(row, DocumentListModel::Kind).data().toString(), enumLabel(d.kind));
        QCOMPARE(m_model->index(row, DocumentListModel::Passages).data().toInt(),
                 library.passages().forDocument(d.id).size());
        QCOMPARE(m_model->index(row, 0).data(DocumentListModel::DocumentIdRole).toLongLong(),
                 d.id.value);
        passages += m_model->index(row, DocumentListModel::Passages).data().toInt();
    }
    QVERIFY2(passages > 0, "the demo case's decision has tagged passages");
    QCOMPARE(m_model->index(0, DocumentListModel::Kind).data().toString(), u"Decision"_s);
    QCOMPARE(m_model->headerData(DocumentListModel::Passages, Qt::Horizontal).toString(),
             u"Passages"_s);
}

void TestDocumentListModel::isReadOnly()
{
    const QModelIndex index = m_model->index(0, DocumentListModel::Title);
    QVERIFY(!(m_model->flags(index) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(index, u"Changed"_s));
}

void TestDocumentListModel::switchingCasesShowsTheirDocuments()
{
    const CaseId other = test::caseByReference(*m_session, u"DEMO-NMC-003"_s);
    m_model->setCase(other);
    QCOMPARE(m_model->rowCount(), m_session->library().documents().forCase(other, false).size());
    const CaseId empty = m_session->addCase(
        test::makeCase(u"NO-DOCS"_s, Regulator::Hcpc, u"Nurse"_s, QDate(2020, 2, 2)));
    m_model->setCase(empty);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setCase(CaseId());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestDocumentListModel::removedCaseEmptiesAndUndoRestores()
{
    const int before = m_model->rowCount();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_session->removeCase(m_case);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), before);
    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
