// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/libraryerror.h"
#include "model/validation.h"
#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestDemoLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoIsCompleteAndValid();
    void refusesToOverwrite();
    void badDemoLeavesNothing();
};

void TestDemoLibrary::demoIsCompleteAndValid()
{
    test::TempFolder folder;
    auto library = demolibrary::create(folder.path(u"demo.casebench"_s));
    const auto summaries = library->cases().summaries();
    QVERIFY2(summaries.size() >= 12, qPrintable(QString::number(summaries.size())));

    QSet<Regulator> regulators;
    QSet<SanctionType> outcomes;
    QSet<CaseRole> roles;
    for (const CaseSummary &s : summaries) {
        const Case &c = s.caseRecord;
        regulators.insert(c.regulator);
        roles.insert(c.role);
        QVERIFY2(!validation::hasErrors(validation::validateCase(c)), qPrintable(c.reference));
        const auto history = library->sanctions().forCase(c.id);
        QVERIFY2(!validation::hasErrors(validation::validateHistory(history, c.regulator)),
                 qPrintable(c.reference));
        if (s.currentSanction)
            outcomes.insert(s.currentSanction->type);
        QVERIFY2(s.documentCount >= 1, qPrintable(c.reference));
        QVERIFY2(s.passageCount >= 3, qPrintable(c.reference));
        for (const Passage &p : library->passages().forCase(c.id)) {
            const auto doc = library->documents().find(p.document);
            QCOMPARE(doc->text.mid(p.start, p.end - p.start), p.quote);
        }
    }
    QVERIFY(regulators.contains(Regulator::Hcpc));
    QVERIFY(regulators.contains(Regulator::SocialWorkEngland));
    QVERIFY(regulators.contains(Regulator::Nmc));
    QVERIFY(regulators.contains(Regulator::Gmc));
    for (SanctionType t :
         {SanctionType::CautionOrder, SanctionType::ConditionsOfPractice, SanctionType::Suspension,
          SanctionType::StrikingOff, SanctionType::NoFurtherAction, SanctionType::Warning}) {
        QVERIFY2(outcomes.contains(t), qPrintable(enumIdentifier(t)));
    }
    QCOMPARE(roles.size(), 2);
    QVERIFY(library->check().ok());
    QVERIFY(!library->documents().search(u"caution"_s).isEmpty());
}

void TestDemoLibrary::refusesToOverwrite()
{
    test::TempFolder folder;
    const QString path = folder.path(u"existing.casebench"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QVERIFY_THROWS_EXCEPTION(LibraryError, demolibrary::create(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestDemoLibrary::badDemoLeavesNothing()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"partial.casebench"_s));
    const QByteArray json = R"({"format": "casebench-demo", "version": 1, "cases": [
        {"reference": "OK-1", "title": "Fine", "regulator": "hcpc", "hearing_type": "final",
         "facts": "proved", "impairment": "impaired", "role": "precedent", "sanctions": [],
         "documents": [{"kind": "decision", "title": "D", "text": "Some text here.", "passages": []}]},
        {"reference": "BAD-2", "title": "Broken quote", "regulator": "hcpc", "hearing_type": "final",
         "facts": "proved", "impairment": "impaired", "role": "precedent", "sanctions": [],
         "documents": [{"kind": "decision", "title": "D2", "text": "Other text.",
                        "passages": [{"factor": "insight", "quote": "not in the text"}]}]}]})";
    try {
        demolibrary::populate(*library, json, u"broken.json"_s);
        QFAIL("a demo with a missing quote was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"BAD-2"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"not in the text"_s), qPrintable(e.message()));
    }
    QCOMPARE(library->cases().count(), 0); // all or nothing
}

QTEST_GUILESS_MAIN(TestDemoLibrary)
#include "tst_demolibrary.moc"
