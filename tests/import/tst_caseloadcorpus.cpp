// SPDX-License-Identifier: GPL-3.0-or-later
// The fictional caseload (tests/data/caseload): every decision's suggestions against
// EXPECTED.tsv — registrant, case reference, registration number, title, the order and the
// interim order — and the reference a new case would get.
#include "import/metadataextractor.h"
#include "model/enumtable.h"
#include "services/importservice.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

const QString dataDir = QStringLiteral(CASEBENCH_CASELOAD_TEST_DATA);

/// One row of EXPECTED.tsv, by column name; "-" for none.
using Row = QHash<QString, QString>;

QList<Row> expectedRows()
{
    QFile file(dataDir + u"/EXPECTED.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(u'\t');
    QList<Row> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u'\t');
        if (cells.size() != header.size())
            qFatal("EXPECTED.tsv line %d has %d cells, the header %d", int(i + 1),
                   int(cells.size()), int(header.size()));
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), cells.at(c).trimmed());
        rows.append(row);
    }
    return rows;
}

QString readText(const QString &name)
{
    QFile file(dataDir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QString orNone(const std::optional<Suggestion<QString>> &s)
{
    return s ? s->value : u"-"_s;
}

template <typename E>
QString idOrNone(const std::optional<E> &value)
{
    return value ? enumIdentifier(*value) : u"-"_s;
}

QString monthsOrNone(const std::optional<int> &months)
{
    return months ? QString::number(*months) : u"-"_s;
}

} // namespace

class TestCaseloadCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileHasARow();
    void extracts_data();
    void extracts();
    void newCaseReference_data();
    void newCaseReference();
};

void TestCaseloadCorpus::everyFileHasARow()
{
    QStringList files = QDir(dataDir).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QStringList listed;
    for (const Row &row : expectedRows())
        listed.append(row.value(u"file"_s));
    listed.sort();
    QCOMPARE(listed, files);
    QVERIFY(files.size() >= 14);
}

void TestCaseloadCorpus::extracts_data()
{
    QTest::addColumn<QString>("file");
    for (const Row &row : expectedRows())
        QTest::newRow(qPrintable(row.value(u"file"_s))) << row.value(u"file"_s);
}

void TestCaseloadCorpus::extracts()
{
    QFETCH(QString, file);
    Row row;
    for (const Row &r : expectedRows()) {
        if (r.value(u"file"_s) == file)
            row = r;
    }
    const QString text = readText(file);
    const MetadataSuggestions m = MetadataExtractor::extract(text);

    QCOMPARE(idOrNone(m.regulator ? std::optional(m.regulator->value) : std::nullopt),
             row.value(u"regulator"_s));
    QCOMPARE(orNone(m.registrant), row.value(u"registrant"_s));
    QCOMPARE(orNone(m.reference), row.value(u"reference"_s));
    QCOMPARE(orNone(m.registrationNumber), row.value(u"registration_number"_s));
    QCOMPARE(idOrNone(m.hearingType ? std::optional(m.hearingType->value) : std::nullopt),
             row.value(u"hearing_type"_s));
    // Every suggestion's span lies in the text.
    for (const auto *s : {&m.registrant, &m.reference, &m.registrationNumber, &m.title}) {
        if (*s) {
            QVERIFY((*s)->start >= 0 && (*s)->start <= (*s)->end && (*s)->end <= text.size());
        }
    }
    if (m.registrationNumber) {
        // The number the text states, where it states it.
        QCOMPARE(text.mid(m.registrationNumber->start,
                          m.registrationNumber->end - m.registrationNumber->start),
                 m.registrationNumber->value);
    }

    // The title: profession, the gist and the outcome; never the registration number.
    QVERIFY2(m.title, "no title");
    const QString gist = row.value(u"gist"_s);
    QVERIFY2(m.title->value.contains(gist, Qt::CaseInsensitive),
             qPrintable(u"“%1” does not mention “%2”"_s.arg(m.title->value, gist)));
    QVERIFY(m.title->value.contains(u" — "_s));
    if (m.registrationNumber)
        QVERIFY(!m.title->value.contains(m.registrationNumber->value));

    // The order the decision makes (for a review, the order it leaves).
    const QString sanctionType = row.value(u"sanction_type"_s);
    QCOMPARE(m.sanction ? enumIdentifier(m.sanction->type) : u"-"_s, sanctionType);
    if (m.sanction) {
        QCOMPARE(monthsOrNone(m.sanction->durationMonths), row.value(u"months"_s));
        QCOMPARE(enumIdentifier(m.sanction->outcome), row.value(u"review_outcome"_s));
        QCOMPARE(idOrNone(m.sanction->previousType), row.value(u"previous_type"_s));
    }
    // The interim order made beside a final one, for the appeal period.
    QCOMPARE(m.interimOrder ? enumIdentifier(m.interimOrder->type) : u"-"_s,
             row.value(u"interim_type"_s));
    if (m.interimOrder)
        QCOMPARE(monthsOrNone(m.interimOrder->durationMonths), row.value(u"interim_months"_s));
    // The title names the final order, never the interim one made for the appeal period.
    if (m.interimOrder && m.sanction && m.sanction->type != m.interimOrder->type)
        QVERIFY(!m.title->value.contains(u"interim"_s, Qt::CaseInsensitive));
}

void TestCaseloadCorpus::newCaseReference_data()
{
    extracts_data();
}

void TestCaseloadCorpus::newCaseReference()
{
    QFETCH(QString, file);
    Row row;
    for (const Row &r : expectedRows()) {
        if (r.value(u"file"_s) == file)
            row = r;
    }
    const QString path = dataDir + u'/' + file;
    const MetadataSuggestions m = MetadataExtractor::extract(readText(file));
    const QString reference = ImportService::suggestedReference(m, path);
    const QString number = row.value(u"registration_number"_s);
    QVERIFY(!reference.contains(number));
    QVERIFY(!reference.contains(QFileInfo(file).completeBaseName()));
    if (row.value(u"reference"_s) != u"-"_s) {
        QCOMPARE(reference, row.value(u"reference"_s));
        return;
    }
    // Built: regulator, decision date (when the text gives one), hearing type ("NMC 2026-03-19
    // final"; the HCPTS pages state no date).
    static const QRegularExpression built(
        u"^(?:HCPC|SWE|NMC|GMC|GDC|GOC|GPhC|GOsC)(?: \\d{4}-\\d{2}-\\d{2})? (?:final|review|interim order|restoration)$"_s);
    QVERIFY2(built.match(reference).hasMatch(), qPrintable(reference));
    QVERIFY(m.hearingType);
    QVERIFY2(reference.endsWith(enumIdentifier(m.hearingType->value).replace(u'_', u' ')),
             qPrintable(reference));
    if (m.decisionDate)
        QVERIFY(reference.contains(m.decisionDate->value.toString(Qt::ISODate)));
}

QTEST_GUILESS_MAIN(TestCaseloadCorpus)
#include "tst_caseloadcorpus.moc"
