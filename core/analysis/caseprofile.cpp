// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseprofile.h"

#include "storage/analysisrepository.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

CaseProfile profileOf(const Case &c, const QList<Sanction> &history, QList<FactorId> factors)
{
    CaseProfile p;
    p.id = c.id;
    p.reference = c.reference;
    p.title = c.title;
    p.regulator = c.regulator;
    p.profession = c.profession;
    p.role = c.role;
    p.year = c.year();
    p.factsFinding = c.factsFinding;
    p.grounds = c.grounds;
    p.impairment = c.impairment;
    p.sanction = SanctionHistory(history).current();
    if (p.sanction)
        p.sanctionRank = sanctionladder::rank(p.sanction->type);
    p.factors = std::move(factors);
    return p;
}

QString durationText(int months)
{
    if (months % 12 == 0) {
        const int years = months / 12;
        return years == 1 ? QCoreApplication::translate("casebench", "1 year")
                          : QCoreApplication::translate("casebench", "%1 years").arg(years);
    }
    return months == 1 ? QCoreApplication::translate("casebench", "1 month")
                       : QCoreApplication::translate("casebench", "%1 months").arg(months);
}

} // namespace

bool CaseProfile::hasFactor(FactorId factor) const
{
    return std::binary_search(factors.cbegin(), factors.cend(), factor);
}

QList<CaseProfile> CaseProfile::loadAll(Library &library)
{
    // Three lean queries: the columns profiles need, the last order of each history, and one
    // row of factor ids per case.
    AnalysisRepository &repository = library.analysis();
    const QList<Case> cases = repository.caseOutlines();
    const QHash<CaseId, Sanction> last = repository.lastSanctions();
    QHash<CaseId, QList<FactorId>> factors = repository.factorsByCase();
    QList<CaseProfile> profiles;
    profiles.reserve(cases.size());
    for (const Case &c : cases) {
        const auto it = last.constFind(c.id);
        profiles.append(profileOf(c, it == last.cend() ? QList<Sanction>() : QList<Sanction>{*it},
                                  factors.take(c.id)));
    }
    return profiles;
}

std::optional<CaseProfile> CaseProfile::load(Library &library, CaseId id)
{
    const auto c = library.cases().find(id);
    if (!c)
        return std::nullopt;
    return profileOf(*c, library.sanctions().forCase(id), library.analysis().factorsOfCase(id));
}

FactorCatalogue loadFactorCatalogue(Library &library)
{
    FactorCatalogue catalogue;
    const QList<Factor> factors = library.codebook().all();
    for (const Factor &f : factors)
        catalogue.insert(f.id, f);
    return catalogue;
}

QString outcomeText(const std::optional<Sanction> &sanction, Regulator regulator)
{
    if (!sanction)
        return QCoreApplication::translate("casebench", "no order");
    QString text = sanctionladder::regulatorTerm(sanction->type, regulator);
    if (sanction->durationMonths)
        text += u", "_s + durationText(*sanction->durationMonths);
    return text;
}

} // namespace casebench
