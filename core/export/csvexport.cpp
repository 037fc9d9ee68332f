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

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench", text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList passageHeader()
{
    return {tr("Case reference"), tr("Document"), tr("Factor"), tr("Factor key"),
            tr("Category"),       tr("Polarity"), tr("Quote"),  tr("Citation"),
            tr("Note"),           tr("Start"),    tr("End"),    tr("Orphaned")};
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
                        p.orphaned ? tr("yes") : QString()});
        }
    }
    return csv.data();
}

QStringList caseHeader()
{
    return {tr("Reference"),
            tr("Title"),
            tr("Regulator"),
            tr("Profession"),
            tr("Registrant"),
            tr("Hearing type"),
            tr("Hearing date"),
            tr("Decision date"),
            tr("Allegation"),
            tr("Facts"),
            tr("Grounds"),
            tr("Impairment"),
            tr("Role"),
            tr("Current sanction"),
            tr("Duration (months)"),
            tr("Sanction decided"),
            tr("Sanction starts"),
            tr("Sanction expires"),
            tr("Documents"),
            tr("Passages")};
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
