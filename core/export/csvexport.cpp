// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "anonymiser.h"
#include "csvwriter.h"
#include "exportedcase.h"
#include "storage/caserepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casebench::csvexport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::csvexport)
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList passageHeader()
{
    return {Tr::tr("Case reference"), Tr::tr("Document"), Tr::tr("Factor"), Tr::tr("Factor key"),
            Tr::tr("Category"),       Tr::tr("Polarity"), Tr::tr("Quote"),  Tr::tr("Citation"),
            Tr::tr("Note"),           Tr::tr("Start"),    Tr::tr("End"),    Tr::tr("Orphaned")};
}

QByteArray passagesTable(const ExportedCase &data)
{
    CsvWriter csv;
    csv.addRow(passageHeader());
    for (const ExportedDocument &d : data.documents) {
        for (const Passage &p : d.passages) {
            const Factor factor = data.factors.value(p.factor);
            csv.addRow({data.caseRecord.reference, d.document.title, factor.name, factor.key,
                        enumLabel(factor.category), enumLabel(factor.polarity), p.quote,
                        d.citation(p.id), p.note, QString::number(p.start), QString::number(p.end),
                        p.orphaned ? Tr::tr("yes") : QString()});
        }
    }
    return csv.data();
}

QStringList caseHeader()
{
    return {Tr::tr("Reference"),
            Tr::tr("Title"),
            Tr::tr("Regulator"),
            Tr::tr("Profession"),
            Tr::tr("Registrant"),
            Tr::tr("Hearing type"),
            Tr::tr("Hearing date"),
            Tr::tr("Decision date"),
            Tr::tr("Allegation"),
            Tr::tr("Facts"),
            Tr::tr("Grounds"),
            Tr::tr("Impairment"),
            Tr::tr("Role"),
            Tr::tr("Current sanction"),
            Tr::tr("Duration (months)"),
            Tr::tr("Sanction decided"),
            Tr::tr("Sanction starts"),
            Tr::tr("Sanction expires"),
            Tr::tr("Documents"),
            Tr::tr("Passages")};
}

QByteArray casesTable(const QList<CaseSummary> &cases)
{
    CsvWriter csv;
    csv.addRow(caseHeader());
    for (const CaseSummary &summary : cases) {
        const Case &c = summary.caseRecord;
        QStringList grounds;
        for (StatutoryGround g : c.grounds)
            grounds.append(enumLabel(g));
        QStringList row{c.reference,
                        c.title,
                        enumLabel(c.regulator),
                        c.profession,
                        c.registrant,
                        enumLabel(c.hearingType),
                        dateText(c.hearingDate),
                        dateText(c.decisionDate),
                        c.allegationSummary,
                        enumLabel(c.factsFinding),
                        grounds.join(u"; "_s),
                        enumLabel(c.impairment),
                        enumLabel(c.role)};
        if (const auto &s = summary.currentSanction) {
            const auto expiry = s->expiryDate();
            row << sanctionladder::regulatorTerm(s->type, c.regulator)
                << (s->durationMonths ? QString::number(*s->durationMonths) : QString())
                << dateText(s->decidedOn) << dateText(s->startDate)
                << (expiry ? dateText(*expiry) : QString());
        } else {
            row << QString() << QString() << QString() << QString() << QString();
        }
        row << QString::number(summary.documentCount) << QString::number(summary.passageCount);
        csv.addRow(row);
    }
    return csv.data();
}

CaseSummary anonymised(const CaseSummary &summary, const Anonymiser &anonymiser)
{
    CaseSummary out = summary;
    Case &c = out.caseRecord;
    c.reference = anonymiser.apply(c.reference);
    c.title = anonymiser.apply(c.title);
    c.profession = anonymiser.apply(c.profession);
    c.registrant = anonymiser.apply(c.registrant);
    c.allegationSummary = anonymiser.apply(c.allegationSummary);
    c.notes = anonymiser.apply(c.notes);
    if (out.currentSanction)
        out.currentSanction->conditions = anonymiser.apply(out.currentSanction->conditions);
    return out;
}

} // namespace casebench::csvexport
