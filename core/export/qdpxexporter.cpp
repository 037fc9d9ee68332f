// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxexporter.h"

#include "anonymisationverifier.h"
#include "model/libraryerror.h"
#include "qdpxproject.h"
#include "qdpxwriter.h"
#include "refiqda.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QString categoryGuid(FactorCategory category)
{
    return refiqda::stableGuid(u"category", enumIdentifier(category));
}

QString factorGuid(const Factor &f)
{
    return refiqda::stableGuid(u"factor", f.key);
}

QString userGuid(const QString &name)
{
    return refiqda::stableGuid(u"user", name);
}

QList<QdpxProject::Code> codebookCodes(const QList<Factor> &factors)
{
    QList<QdpxProject::Code> codes;
    for (const FactorCategory category : enumValues<FactorCategory>()) {
        QdpxProject::Code c;
        c.guid = categoryGuid(category);
        c.name = enumLabel(category);
        c.codable = false;
        c.colour = defaultCategoryColour(category);
        codes.append(c);
    }
    QHash<FactorId, QString> guids;
    for (const Factor &f : factors)
        guids.insert(f.id, factorGuid(f));
    for (const Factor &f : factors) {
        QdpxProject::Code c;
        c.guid = guids.value(f.id);
        c.name = f.name;
        c.description = f.description;
        c.colour = f.colour.isValid() ? f.colour : defaultCategoryColour(f.category);
        c.parentGuid = f.parent.isValid() && guids.contains(f.parent) ? guids.value(f.parent)
                                                                      : categoryGuid(f.category);
        c.depth = 1;
        codes.append(c);
    }
    return codes;
}

void addVariable(QList<QdpxProject::Variable> &variables, const QString &name, const QString &value,
                 const QString &type = u"Text"_s)
{
    if (!value.isEmpty())
        variables.append({name, type, value});
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QdpxProject::Case caseElement(const Case &c, const Anonymiser &anonymiser, bool anonymise)
{
    QdpxProject::Case out;
    // A GUID derived from the real reference could be checked against a guess of it.
    out.guid = anonymise ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                         : refiqda::stableGuid(u"case", c.reference);
    out.name = anonymiser.apply(c.reference);
    out.description = anonymiser.apply(c.title);
    QStringList grounds;
    for (const StatutoryGround g : c.grounds)
        grounds.append(enumIdentifier(g));
    auto &v = out.variables;
    addVariable(v, u"Reference"_s, anonymiser.apply(c.reference));
    addVariable(v, u"Title"_s, anonymiser.apply(c.title));
    addVariable(v, u"Regulator"_s, enumIdentifier(c.regulator));
    addVariable(v, u"Profession"_s, anonymiser.apply(c.profession));
    addVariable(v, u"Registrant"_s, anonymiser.apply(c.registrant));
    addVariable(v, u"Hearing type"_s, enumIdentifier(c.hearingType));
    addVariable(v, u"Hearing date"_s, isoDate(c.hearingDate), u"Date"_s);
    addVariable(v, u"Decision date"_s, isoDate(c.decisionDate), u"Date"_s);
    addVariable(v, u"Allegation summary"_s, anonymiser.apply(c.allegationSummary));
    addVariable(v, u"Facts"_s, enumIdentifier(c.factsFinding));
    addVariable(v, u"Grounds"_s, grounds.join(u", "_s));
    addVariable(v, u"Impairment"_s, enumIdentifier(c.impairment));
    addVariable(v, u"Role"_s, enumIdentifier(c.role));
    addVariable(v, u"Notes"_s, anonymiser.apply(c.notes));
    return out;
}

} // namespace

QdpxProject QdpxExporter::build(Library &library, CaseId id, const QdpxExportOptions &options,
                                QdpxExportResult *result)
{
    const auto found = library.cases().find(id);
    if (!found) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            QCoreApplication::translate("casebench", "The case (id %1) is not in the library.")
                .arg(id.value));
    }
    const Anonymiser &anonymiser = options.anonymiser;
    const bool anonymise = options.anonymise || !anonymiser.isEmpty();
    if (anonymise)
        AnonymisationVerifier::requireList(anonymiser, found->reference);
    // Reviewers' names identify them: anonymised, each becomes "Reviewer 1", "Reviewer 2"…
    QHash<QString, QString> reviewerLabels;
    const auto userName = [&](const QString &name) {
        if (!anonymise)
            return name;
        const QString key = name.simplified().toCaseFolded();
        auto it = reviewerLabels.find(key);
        if (it == reviewerLabels.end()) {
            it = reviewerLabels.insert(key, QCoreApplication::translate("casebench", "Reviewer %1")
                                                .arg(reviewerLabels.size() + 1));
        }
        return *it;
    };
    const QList<Factor> factors = library.codebook().all();
    QHash<FactorId, QString> factorGuids;
    for (const Factor &f : factors)
        factorGuids.insert(f.id, factorGuid(f));

    QdpxExportResult counts;
    QdpxProject project;
    project.name = anonymiser.apply(found->reference);
    project.origin = u"Casebench"_s;
    const QString reviewer = options.reviewer.isEmpty() ? u"Casebench"_s
                                                        : userName(options.reviewer);
    project.creatingUser = userGuid(reviewer);
    project.created = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    project.users.append({userGuid(reviewer), reviewer});
    project.codes = codebookCodes(factors);
    // The codebook goes through the list too, as a bundle's labels do: a name in a factor's
    // description is a name in the file.
    for (QdpxProject::Code &code : project.codes) {
        code.name = anonymiser.apply(code.name);
        code.description = anonymiser.apply(code.description);
    }
    counts.codes = static_cast<int>(factors.size());

    QdpxProject::Case caseOut = caseElement(*found, anonymiser, anonymise);
    for (const Document &d : library.documents().forCase(id)) {
        const Anonymiser::Mapped mapped = anonymiser.applyMapped(d.text);
        QdpxProject::Source source;
        source.guid = refiqda::stableGuid(u"document", QString::number(d.id.value));
        source.name = anonymiser.apply(d.title);
        source.text = mapped.text;
        source.plainTextPath = u"internal://"_s + source.guid + u".txt"_s;
        source.created = d.imported;
        addVariable(source.variables, u"Document kind"_s, enumIdentifier(d.kind));
        addVariable(source.variables, u"Document date"_s, isoDate(d.date), u"Date"_s);
        if (!anonymise)
            addVariable(source.variables, u"Source file"_s, d.sourceFileName);
        const refiqda::PositionIndex positions(mapped.text);
        for (const Passage &p : library.passages().forDocument(d.id)) {
            if (p.orphaned || !factorGuids.contains(p.factor)) {
                ++counts.orphanedPassages;
                continue;
            }
            const int start = mapped.map(p.start);
            const int end = mapped.map(p.end);
            QdpxProject::Selection s;
            s.guid = refiqda::stableGuid(u"passage", QString::number(p.id.value));
            s.name = mapped.text.mid(start, end - start).simplified().left(80);
            s.start = positions.toCodePoints(start);
            s.end = positions.toCodePoints(end);
            s.description = anonymiser.apply(p.note);
            s.codeGuids.append(factorGuids.value(p.factor));
            if (!p.author.isEmpty()) {
                const QString author = userName(p.author);
                s.creatingUser = userGuid(author);
                if (!project.user(s.creatingUser))
                    project.users.append({s.creatingUser, author});
            }
            s.created = p.created;
            s.modified = p.modified;
            source.selections.append(s);
            ++counts.passages;
        }
        caseOut.sourceGuids.append(source.guid);
        project.sources.append(source);
        ++counts.documents;
    }
    project.cases.append(caseOut);
    if (result)
        *result = counts;
    return project;
}

QdpxExportResult QdpxExporter::write(Library &library, CaseId id, const QString &path,
                                     const QdpxExportOptions &options)
{
    QdpxExportResult result;
    const QdpxProject project = build(library, id, options, &result);
    const bool anonymise = options.anonymise || !options.anonymiser.isEmpty();
    AnonymisationVerifier verifier;
    if (anonymise) {
        const auto found = library.cases().find(id);
        verifier.forbid(options.anonymiser.entries(), found ? found->registrant : QString());
    }
    VerifiedExport out(anonymise ? &verifier : nullptr,
                       QCoreApplication::translate("casebench", "anonymised REFI-QDA project"));
    QdpxWriter::write(project, out.stage(path));
    out.publish();
    return result;
}

} // namespace casebench
