// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedents/casefilterseditor.h"
#include "precedents/precedentlistmodel.h"
#include "precedents/precedentsdock.h"
#include "precedents/precedentsettings.h"
#include "precedents/sanctionchart.h"
#include "precedents/weightseditor.h"
#include "uitestsupport.h"

#include "analysis/caseprofile.h"
#include "analysis/phrasesuggester.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestPrecedentsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTheTester();
    void listsThePrecedentsOfACase();
    void filtersNarrowTheList();
    void changingAWeightReRanksAndIsRemembered();
    void editsReRank();
    void suggestedFactorsAreMarkedAndDismissalsReRank();
    void marksAProposedSanction();
    void compareButtonAsksForTheSelectedPrecedent();
    void emptyWithoutACase();

private:
    void refreshAndWait()
    {
        m_dock->refresh();
        QTRY_VERIFY(!m_dock->refreshPending());
    }

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<PrecedentsDock> m_dock;
    CaseId m_case;
};

void TestPrecedentsDock::init()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
    m_dock = std::make_unique<PrecedentsDock>();
    m_dock->resize(1100, 520);
    m_dock->show();
    m_dock->setSession(m_session.get());
    m_case = test::caseByReference(*m_session, u"DEMO-HCPC-001"_s);
    QVERIFY(m_case.isValid());
    m_dock->setCase(m_case);
    QVERIFY(m_dock->refreshPending());
    QTRY_VERIFY(!m_dock->refreshPending());
}

void TestPrecedentsDock::cleanup()
{
    m_dock.reset();
    m_session.reset();
    m_folder.reset();
    m_settings.reset();
}

void TestPrecedentsDock::modelPassesTheTester()
{
    PrecedentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_dock->model()->result());
    QCOMPARE(model.rowCount(), m_dock->model()->rowCount());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPrecedentsDock::listsThePrecedentsOfACase()
{
    PrecedentListModel *model = m_dock->model();
    QVERIFY(model->rowCount() > 5);
    const PrecedentResult &result = model->result();
    QCOMPARE(result.subject.id, m_case);
    for (int row = 0; row < model->rowCount(); ++row) {
        const PrecedentMatch &m = model->matchAt(row);
        QVERIFY(m.precedent.id != m_case);
        QCOMPARE(model->index(row, PrecedentListModel::Reference).data().toString(),
                 m.precedent.reference);
        QCOMPARE(model->index(row, 0).data(PrecedentListModel::CaseIdRole).toLongLong(),
                 m.precedent.id.value);
        QVERIFY(!model->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model->index(row, PrecedentListModel::Shared).data().toInt(), m.shared.size());
        if (row > 0)
            QVERIFY(m.score <= model->matchAt(row - 1).score);
    }
    // The best precedent is selected and explained in the detail pane.
    QCOMPARE(m_dock->view()->currentIndex().row(), 0);
    const QString detail = m_dock->detailView()->toPlainText();
    QVERIFY2(detail.contains(model->matchAt(0).precedent.reference), qPrintable(detail));
    QVERIFY(detail.contains(model->matchAt(0).explanation));
    QVERIFY(m_dock->headingLabel()->text().contains(u"DEMO-HCPC-001"_s));
    // The chart pictures the same precedents.
    QCOMPARE(m_dock->chart()->picture().points().size(), model->rowCount());
}

void TestPrecedentsDock::filtersNarrowTheList()
{
    const int all = m_dock->model()->rowCount();
    QComboBox *regulator = m_dock->filtersEditor()->regulatorCombo();
    regulator->setCurrentIndex(regulator->findData(static_cast<int>(Regulator::Nmc)));
    QVERIFY(m_dock->refreshPending());
    refreshAndWait();
    const int nmc = m_dock->model()->rowCount();
    QVERIFY(nmc > 0);
    QVERIFY(nmc < all);
    for (int row = 0; row < nmc; ++row)
        QCOMPARE(m_dock->model()->matchAt(row).precedent.regulator, Regulator::Nmc);

    QComboBox *sanction = m_dock->filtersEditor()->sanctionCombo();
    sanction->setCurrentIndex(sanction->findData(static_cast<int>(SanctionType::Suspension)));
    refreshAndWait();
    QVERIFY(m_dock->model()->rowCount() > 0);
    QVERIFY(m_dock->model()->rowCount() < nmc);
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        const auto &s = m_dock->model()->matchAt(row).precedent.sanction;
        QVERIFY(s && s->type == SanctionType::Suspension);
    }

    m_dock->filtersEditor()->clear();
    m_dock->filtersEditor()->yearFromBox()->setValue(2100);
    refreshAndWait();
    QCOMPARE(m_dock->model()->rowCount(), 0);
    QVERIFY(m_dock->positionLabel()->text().isEmpty());
    m_dock->filtersEditor()->clear();
    refreshAndWait();
    QCOMPARE(m_dock->model()->rowCount(), all);
}

void TestPrecedentsDock::changingAWeightReRanksAndIsRemembered()
{
    WeightsEditor *weights = m_dock->weightsEditor();
    QSignalSpy reset(m_dock->model(), &QAbstractItemModel::modelReset);
    weights->textSlider()->setValue(0);
    weights->contextSlider()->setValue(0);
    QTRY_VERIFY(reset.count() > 0);
    QTRY_VERIFY(!m_dock->refreshPending());
    // Factors alone: each score is its factor part.
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        const PrecedentMatch &m = m_dock->model()->matchAt(row);
        QVERIFY(qAbs(m.score - m.factorScore) < 1e-9);
    }
    const PrecedentWeights stored = PrecedentSettings().weights();
    QCOMPARE(stored.text, 0.0);
    QCOMPARE(stored.context, 0.0);
    QCOMPARE(stored.factors, PrecedentWeights().factors);

    // Context alone: a case of the same regulator and profession comes first.
    weights->factorsSlider()->setValue(0);
    weights->contextSlider()->setValue(100);
    refreshAndWait();
    const PrecedentMatch &first = m_dock->model()->matchAt(0);
    QVERIFY(qAbs(first.score - first.contextScore) < 1e-9);
    QCOMPARE(first.precedent.regulator, Regulator::Hcpc);

    // A new dock starts with the remembered weights.
    PrecedentsDock other;
    QCOMPARE(other.weightsEditor()->factorsSlider()->value(), 0);
    QCOMPARE(other.weightsEditor()->contextSlider()->value(), 100);
}

void TestPrecedentsDock::editsReRank()
{
    // A case edit announced by the session is picked up: the precedent renamed shows renamed.
    const PrecedentMatch best = m_dock->model()->matchAt(0);
    Case edited = *m_session->library().cases().find(best.precedent.id);
    edited.title = u"A renamed precedent"_s;
    m_session->updateCase(edited, u"title"_s);
    QVERIFY(m_dock->refreshPending());
    QTRY_VERIFY(!m_dock->refreshPending());
    const int row = m_dock->model()->rowOf(best.precedent.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_dock->model()->index(row, PrecedentListModel::Title).data().toString(),
             u"A renamed precedent"_s);
    // The selection stays on the precedent it was on.
    QCOMPARE(m_dock->currentPrecedent(), best.precedent.id);
}

void TestPrecedentsDock::suggestedFactorsAreMarkedAndDismissalsReRank()
{
    // A precedent sharing a factor only by suggestion of the codebook's phrases.
    PrecedentListModel *model = m_dock->model();
    int row = -1;
    FactorId factor;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const PrecedentMatch &m = model->matchAt(r);
        for (const Factor &f : m.shared) {
            if (m.isSuggested(f.id) && !m.precedent.suggestedFactors.isEmpty()
                && std::binary_search(m.precedent.suggestedFactors.cbegin(),
                                      m.precedent.suggestedFactors.cend(), f.id)) {
                row = r;
                factor = f.id;
                break;
            }
        }
    }
    QVERIFY2(row >= 0, "no precedent of the demo case shares a factor by suggestion alone");
    const PrecedentMatch match = model->matchAt(row);
    const QString name = m_session->library().codebook().find(factor)->name;
    m_dock->view()->setCurrentIndex(model->index(row, 0));
    const QString detail = m_dock->detailView()->toPlainText();
    QVERIFY2(detail.contains(name + u" (suggested)"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"Factors marked “suggested”"_s), qPrintable(detail));

    // The reviewer dismisses every suggestion of that factor in the precedent's documents.
    const PhraseSuggester suggester(m_session->library().codebook().all());
    for (const Document &d : m_session->library().documents().forCase(match.precedent.id, true)) {
        for (const PhraseSuggestion &s : suggester.suggest(d.text)) {
            if (s.factor == factor)
                m_session->dismissSuggestion(d.id, s);
        }
    }
    QVERIFY(m_dock->refreshPending());
    QTRY_VERIFY(!m_dock->refreshPending());
    const int after = model->rowOf(match.precedent.id);
    if (after >= 0) {
        const PrecedentMatch &m = model->matchAt(after);
        QVERIFY(!std::binary_search(m.precedent.suggestedFactors.cbegin(),
                                    m.precedent.suggestedFactors.cend(), factor));
        QVERIFY(std::none_of(m.shared.cbegin(), m.shared.cend(),
                             [&](const Factor &f) { return f.id == factor; }));
    }
}

void TestPrecedentsDock::marksAProposedSanction()
{
    SanctionChart *chart = m_dock->chart();
    const auto own = m_dock->model()->result().subject.sanction;
    QVERIFY(own);
    QCOMPARE(chart->marked(), std::optional<SanctionType>(own->type));
    QComboBox *mark = m_dock->markCombo();
    mark->setCurrentIndex(mark->findData(static_cast<int>(SanctionType::StrikingOff)));
    QCOMPARE(chart->marked(), std::optional<SanctionType>(SanctionType::StrikingOff));
    QCOMPARE(m_dock->positionLabel()->text(),
             chart->picture().describePosition(SanctionType::StrikingOff));
    QVERIFY(!m_dock->positionLabel()->text().isEmpty());
}

void TestPrecedentsDock::compareButtonAsksForTheSelectedPrecedent()
{
    QSignalSpy spy(m_dock.get(), &PrecedentsDock::compareRequested);
    m_dock->view()->setCurrentIndex(m_dock->model()->index(1, 0));
    QVERIFY(m_dock->compareButton()->isEnabled());
    QTest::mouseClick(m_dock->compareButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<CaseId>(), m_case);
    QCOMPARE(spy.at(0).at(1).value<CaseId>(), m_dock->model()->matchAt(1).precedent.id);
    // A double-click on a row asks the same.
    const QModelIndex third = m_dock->model()->index(2, PrecedentListModel::Title);
    QTableView *view = m_dock->view();
    const QPoint centre = view->visualRect(third).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).value<CaseId>(), m_dock->model()->matchAt(2).precedent.id);
}

void TestPrecedentsDock::emptyWithoutACase()
{
    m_dock->setCase({});
    refreshAndWait();
    QCOMPARE(m_dock->model()->rowCount(), 0);
    QVERIFY(!m_dock->compareButton()->isEnabled());
    m_dock->setSession(nullptr);
    QCOMPARE(m_dock->model()->rowCount(), 0);
}

QTEST_MAIN(TestPrecedentsDock)
#include "tst_precedentsdock.moc"
