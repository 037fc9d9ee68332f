// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpximporter.h"

#include "export/qdpxproject.h"
#include "export/refiqda.h"
#include "model/case.h"
#include "model/casereference.h"
#include "model/document.h"
#include "model/libraryerror.h"
#include "model/passage.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::QdpxImporter)
};

std::optional<FactorCategory> categoryNamed(const QString &name)
{
    for (const FactorCategory category : enumValues<FactorCategory>()) {
        if (name.compare(enumLabel(category), Qt::CaseInsensitive) == 0
            || name.compare(enumIdentifier(category), Qt::CaseInsensitive) == 0)
            return category;
    }
    return std::nullopt;
}

/// What one code becomes.
struct Resolution
{
    enum class Action { Skip, Use, Create, Unmapped } action = Action::Unmapped;
    FactorId factor;
    FactorCategory category = FactorCategory::Context;
};

/// A document's text with line ends normalised, and where each old UTF-16 offset went.
struct NormalisedText
{
    QString text;
    QList<int> newOffset; ///< empty when nothing changed

    [[nodiscard]] int map(qsizetype offset) const
    {
        return newOffset.isEmpty() ? static_cast<int>(offset) : newOffset.at(offset);
    }
};

NormalisedText normaliseLineEnds(const QString &text)
{
    NormalisedText out;
    if (!text.contains(u'\r')) {
        out.text = text;
        return out;
    }
    out.newOffset.reserve(text.size() + 1);
    out.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        out.newOffset.append(static_cast<int>(out.text.size()));
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // the "\n" that follows stands for both
            out.text.append(u'\n');
        } else {
            out.text.append(c);
        }
    }
    out.newOffset.append(static_cast<int>(out.text.size()));
    return out;
}

class Import
{
public:
    Import(Library &library, const QdpxProject &project, const QdpxImportOptions &options,
           const QString &fileName)
        : m_library(library), m_project(project), m_options(options), m_fileName(fileName)
    {
        // Looked up once per selection: by hash, not by walking the lists.
        for (const QdpxProject::User &u : project.users)
            m_users.insert(refiqda::normalisedGuid(u.guid), &u);
        for (const QdpxProject::Note &n : project.notes)
            m_notes.insert(refiqda::normalisedGuid(n.guid), &n);
        for (const QdpxProject::Source &source : project.sources)
            m_sources.insert(refiqda::normalisedGuid(source.guid), &source);
    }

    QdpxImportReport run()
    {
        const QList<QdpxCodeMatch> matches = QdpxImporter::match(m_library, m_project);
        resolve(matches);
        if (m_options.intoCase.isValid() && !m_library.cases().find(m_options.intoCase)) {
            throw LibraryError(
                LibraryError::Kind::NotFound,
                Tr::tr(
                    "“%1” cannot be imported: the case it was to go into is no longer in the library.")
                    .arg(m_fileName));
        }
        m_report.skippedSources = m_project.skippedSources;
        Transaction transaction(m_library);
        createFactors(matches);
        importCases();
        transaction.commit();
        for (const QdpxCodeMatch &m : matches) {
            if (m_resolutions.value(m.guid).action == Resolution::Action::Unmapped
                && m.codings > 0) {
                m_report.unmappedCodes.append({m.path, m.codings});
                m_report.unmappedCodings += m.codings;
            }
        }
        return m_report;
    }

private:
    LibraryError invalid(const QString &problem) const
    {
        return LibraryError(LibraryError::Kind::InvalidData,
                            Tr::tr("“%1” cannot be imported: %2.").arg(m_fileName, problem));
    }

    template <typename T>
    std::optional<T> option(const QHash<QString, T> &table, const QdpxCodeMatch &m) const
    {
        if (table.contains(m.guid))
            return table.value(m.guid);
        if (table.contains(m.name))
            return table.value(m.name);
        if (table.contains(m.path))
            return table.value(m.path);
        return std::nullopt;
    }

    std::optional<Factor> factorNamed(const QString &keyOrName)
    {
        if (auto byKey = m_library.codebook().findByKey(keyOrName))
            return byKey;
        for (const Factor &f : m_factors) {
            if (f.name == keyOrName)
                return f;
        }
        return std::nullopt;
    }

    void resolve(const QList<QdpxCodeMatch> &matches)
    {
        m_factors = m_library.codebook().all();
        for (const QdpxCodeMatch &m : matches) {
            Resolution r;
            r.category = m.category;
            if (const auto mapped = option(m_options.map, m)) {
                if (mapped->isEmpty()) {
                    r.action = Resolution::Action::Skip;
                } else {
                    const auto factor = factorNamed(*mapped);
                    if (!factor) {
                        throw invalid(
                            Tr::tr(
                                "the code “%1” is mapped to “%2”, which is not a factor of the codebook")
                                .arg(m.name, *mapped));
                    }
                    r.action = Resolution::Action::Use;
                    r.factor = factor->id;
                }
            } else if (const auto category = option(m_options.createUnder, m)) {
                r.action = Resolution::Action::Create;
                r.category = *category;
            } else if (m.factor.isValid()) {
                r.action = Resolution::Action::Use;
                r.factor = m.factor;
            } else if (m.isCategory && m.codings == 0) {
                r.action = Resolution::Action::Skip;
            } else if (m_options.createMissing && m.codable) {
                r.action = Resolution::Action::Create;
            }
            m_resolutions.insert(m.guid, r);
        }
    }

    QString uniqueKey(const QString &name)
    {
        static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
        QString base = name.toLower().replace(nonWord, u"_"_s);
        while (base.startsWith(u'_'))
            base.remove(0, 1);
        while (base.endsWith(u'_'))
            base.chop(1);
        if (base.isEmpty())
            base = u"code"_s;
        QString key = base;
        for (int n = 2; m_library.codebook().findByKey(key); ++n)
            key = base + u'_' + QString::number(n);
        return key;
    }

    void createFactors(const QList<QdpxCodeMatch> &matches)
    {
        QHash<QString, FactorId> createdByName;
        for (const QdpxCodeMatch &m : matches) {
            Resolution &r = m_resolutions[m.guid];
            if (r.action != Resolution::Action::Create)
                continue;
            if (createdByName.contains(m.name)) {
                r.action = Resolution::Action::Use;
                r.factor = createdByName.value(m.name);
                continue;
            }
            const QdpxProject::Code *code = m_project.code(m.guid);
            Factor f;
            f.key = uniqueKey(m.name);
            f.name = m.name;
            f.category = r.category;
            f.description = code ? code->description : QString();
            f.colour = code ? code->colour : QColor();
            // Nested under its parent's factor, in that factor's category (unless the user chose
            // another category for it).
            if (code && !code->parentGuid.isEmpty()) {
                const Resolution parent = m_resolutions.value(
                    refiqda::normalisedGuid(code->parentGuid));
                if (parent.factor.isValid()) {
                    const auto parentFactor = m_library.codebook().find(parent.factor);
                    const bool chosen = option(m_options.createUnder, m).has_value();
                    if (parentFactor && (!chosen || parentFactor->category == f.category)) {
                        f.category = parentFactor->category;
                        f.parent = parent.factor;
                    }
                }
            }
            const Factor stored = m_library.codebook().add(f);
            r.action = Resolution::Action::Use;
            r.factor = stored.id;
            createdByName.insert(m.name, stored.id);
            m_report.createdFactors.append(stored.id);
            ++m_report.factorsCreated;
        }
    }

    /// The project's reference for the case, made unique by the rule of uniqueReference().
    QString referenceFor(const QString &wanted)
    {
        QString base = wanted.simplified();
        if (base.isEmpty())
            base = QFileInfo(m_fileName).completeBaseName();
        CaseRepository &cases = m_library.cases();
        const QString reference = uniqueReference(
            base, [&cases](const QString &r) { return cases.findByReference(r).has_value(); });
        if (!base.isEmpty() && reference != base) {
            m_report.warnings.append(
                Tr::tr("A case with reference “%1” already exists; the imported case is “%2”.")
                    .arg(base, reference));
        }
        return reference;
    }

    CaseId createCase(const QdpxProject::Case *source)
    {
        const QList<QdpxProject::Variable> none;
        const QList<QdpxProject::Variable> &vars = source ? source->variables : none;
        const auto var = [&vars](const QString &name) { return QdpxProject::variable(vars, name); };
        Case c;
        QString reference = var(u"Reference"_s);
        if (reference.isEmpty())
            reference = source ? source->name : m_project.name;
        c.reference = referenceFor(reference);
        c.title = var(u"Title"_s);
        if (c.title.isEmpty())
            c.title = source && !source->description.isEmpty() ? source->description : c.reference;
        c.regulator = enumFromIdentifier<Regulator>(var(u"Regulator"_s)).value_or(Regulator::Other);
        c.profession = var(u"Profession"_s);
        c.registrant = var(u"Registrant"_s);
        c.hearingType
            = enumFromIdentifier<HearingType>(var(u"Hearing type"_s)).value_or(HearingType::Final);
        c.hearingDate = QDate::fromString(var(u"Hearing date"_s), Qt::ISODate);
        c.decisionDate = QDate::fromString(var(u"Decision date"_s), Qt::ISODate);
        c.allegationSummary = var(u"Allegation summary"_s);
        c.factsFinding = enumFromIdentifier<FactsFinding>(var(u"Facts"_s))
                             .value_or(FactsFinding::NotDetermined);
        for (const StatutoryGround g : enumValues<StatutoryGround>()) {
            if (var(u"Grounds"_s).split(u',', Qt::SkipEmptyParts).contains(enumIdentifier(g))
                || var(u"Grounds"_s).split(u", "_s, Qt::SkipEmptyParts).contains(enumIdentifier(g)))
                c.grounds.append(g);
        }
        c.impairment = enumFromIdentifier<ImpairmentFinding>(var(u"Impairment"_s))
                           .value_or(ImpairmentFinding::NotDetermined);
        c.role = enumFromIdentifier<CaseRole>(var(u"Role"_s)).value_or(CaseRole::Precedent);
        c.notes = var(u"Notes"_s);
        const Case stored = m_library.cases().add(c);
        m_report.cases.append(stored.id);
        m_report.createdCases.append(stored.id);
        ++m_report.casesCreated;
        return stored.id;
    }

    void importCases()
    {
        if (m_options.intoCase.isValid()) {
            m_report.cases.append(m_options.intoCase);
            for (const QdpxProject::Source &source : m_project.sources)
                importSource(source, m_options.intoCase);
            return;
        }
        QSet<QString> placed;
        for (const QdpxProject::Case &projectCase : m_project.cases) {
            const CaseId id = createCase(&projectCase);
            for (const QString &guid : projectCase.sourceGuids) {
                const QdpxProject::Source *source = m_sources.value(refiqda::normalisedGuid(guid));
                if (!source)
                    continue; // a skipped PDF, picture or audio source
                if (placed.contains(source->guid)) {
                    m_report.warnings.append(
                        Tr::tr(
                            "The source “%1” belongs to more than one case; it was imported into the first only.")
                            .arg(source->name));
                    continue;
                }
                placed.insert(source->guid);
                importSource(*source, id);
            }
        }
        CaseId rest;
        for (const QdpxProject::Source &source : m_project.sources) {
            if (placed.contains(source.guid))
                continue;
            if (!rest.isValid())
                rest = createCase(nullptr);
            importSource(source, rest);
        }
    }

    QString noteText(const QdpxProject::Selection &s) const
    {
        QStringList parts;
        if (!s.description.trimmed().isEmpty())
            parts.append(s.description.trimmed());
        for (const QString &guid : s.noteGuids) {
            const QdpxProject::Note *note = m_notes.value(refiqda::normalisedGuid(guid));
            if (note && !note->text.trimmed().isEmpty())
                parts.append(note->text.trimmed());
        }
        return parts.join(u"\n\n"_s);
    }

    void importSource(const QdpxProject::Source &source, CaseId caseId)
    {
        const NormalisedText normal = normaliseLineEnds(source.text);
        Document d;
        d.caseId = caseId;
        d.title = source.name.trimmed().isEmpty() ? Tr::tr("Source %1").arg(m_report.documents + 1)
                                                  : source.name.trimmed();
        d.kind = enumFromIdentifier<DocumentKind>(
                     QdpxProject::variable(source.variables, u"Document kind"_s))
                     .value_or(DocumentKind::Other);
        d.date = QDate::fromString(QdpxProject::variable(source.variables, u"Document date"_s),
                                   Qt::ISODate);
        d.sourceFileName = QdpxProject::variable(source.variables, u"Source file"_s);
        d.text = normal.text;
        const Document stored = m_library.documents().add(d);
        if (!m_report.createdCases.contains(caseId))
            m_report.addedDocuments.append(stored.id);
        ++m_report.documents;
        const refiqda::PositionIndex positions(source.text);
        for (const QdpxProject::Selection &s : source.selections) {
            const qsizetype start16 = positions.toUtf16(s.start);
            const qsizetype end16 = positions.toUtf16(s.end);
            if (start16 < 0 || end16 < 0 || end16 < start16) {
                throw invalid(Tr::tr("the selection %1 of the source “%2” lies outside its text")
                                  .arg(s.guid, source.name));
            }
            const int start = normal.map(start16);
            const int end = normal.map(end16);
            QList<FactorId> factors;
            for (const QString &code : s.codeGuids) {
                const Resolution r = m_resolutions.value(code);
                if (r.action == Resolution::Action::Use && !factors.contains(r.factor))
                    factors.append(r.factor);
            }
            if (factors.isEmpty())
                continue;
            if (start >= end) {
                ++m_report.emptySelections;
                continue;
            }
            const QdpxProject::User *user = s.creatingUser.isEmpty()
                                                ? nullptr
                                                : m_users.value(
                                                    refiqda::normalisedGuid(s.creatingUser));
            for (const FactorId factor : std::as_const(factors)) {
                Passage p = Passage::fromSpan(normal.text, stored.id, factor, start, end);
                p.note = noteText(s);
                p.author = user ? user->name : QString();
                p.created = s.created;
                m_library.passages().add(p);
                ++m_report.passages;
            }
        }
    }

    Library &m_library;
    const QdpxProject &m_project;
    const QdpxImportOptions &m_options;
    QString m_fileName;
    QList<Factor> m_factors;
    QHash<QString, Resolution> m_resolutions;
    QHash<QString, const QdpxProject::User *> m_users;
    QHash<QString, const QdpxProject::Note *> m_notes;
    QHash<QString, const QdpxProject::Source *> m_sources;
    QdpxImportReport m_report;
};

} // namespace

QList<QdpxCodeMatch> QdpxImporter::match(Library &library, const QdpxProject &project)
{
    const QList<Factor> factors = library.codebook().all();
    QHash<QString, int> codings;
    for (const QdpxProject::Source &source : project.sources) {
        for (const QdpxProject::Selection &s : source.selections) {
            for (const QString &code : s.codeGuids)
                ++codings[refiqda::normalisedGuid(code)];
        }
    }
    QList<QdpxCodeMatch> matches;
    QHash<QString, qsizetype> index;
    for (const QdpxProject::Code &code : project.codes) {
        QdpxCodeMatch m;
        m.guid = refiqda::normalisedGuid(code.guid);
        m.name = code.name;
        m.depth = code.depth;
        m.codable = code.codable;
        m.codings = codings.value(m.guid);
        for (const Factor &f : factors) {
            if (f.name == code.name || f.key == code.name) {
                m.factor = f.id;
                break;
            }
        }
        const auto named = categoryNamed(code.name);
        m.isCategory = named && !code.codable;
        const QString parentGuid = refiqda::normalisedGuid(code.parentGuid);
        const auto parent = code.parentGuid.isEmpty() ? index.cend() : index.constFind(parentGuid);
        m.path = parent == index.cend() ? code.name
                                        : matches.at(*parent).path + u" / "_s + code.name;
        if (m.isCategory) {
            m.category = *named;
        } else if (parent != index.cend()) {
            const QdpxCodeMatch &p = matches.at(*parent);
            m.category = p.category;
            if (p.factor.isValid()) {
                for (const Factor &f : factors) {
                    if (f.id == p.factor)
                        m.category = f.category;
                }
            }
        }
        if (m.factor.isValid()) {
            for (const Factor &f : factors) {
                if (f.id == m.factor)
                    m.category = f.category;
            }
        }
        index.insert(m.guid, matches.size());
        matches.append(m);
    }
    return matches;
}

QdpxImportReport QdpxImporter::import(Library &library, const QdpxProject &project,
                                      const QdpxImportOptions &options, const QString &fileName)
{
    return Import(library, project, options, fileName).run();
}

} // namespace casebench
