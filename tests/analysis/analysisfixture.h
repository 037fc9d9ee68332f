// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small hand-built libraries for the analysis tests: cases with chosen factors, context,
// outcome and text, written through the repositories.

#include "testlibrary.h"

#include "model/case.h"
#include "model/sanction.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"

#include <QTest>

#include <memory>
#include <optional>

namespace casebench::test {

/// What a hand-built case holds.
struct CaseSpec
{
    QString reference;
    QStringList factors; ///< codebook keys; each gets a passage
    Regulator regulator = Regulator::Hcpc;
    QString profession = QStringLiteral("Paramedic");
    QList<StatutoryGround> grounds{StatutoryGround::Misconduct};
    QDate decided = QDate(2020, 6, 1);
    std::optional<SanctionType> outcome = SanctionType::CautionOrder;
    std::optional<int> months = 24;
    QString text = {}; ///< extra text of the decision, besides the passages
    CaseRole role = CaseRole::Precedent;
    /// Tag nothing and add no factor sentences: the decision as imported, its text alone.
    bool untagged = false;
};

/// A library in a temporary folder, with the default codebook.
class AnalysisFixture
{
public:
    AnalysisFixture()
    {
        m_library = Library::create(m_folder.path(QStringLiteral("analysis.casebench")));
    }

    Library &library() { return *m_library; }
    /// The library file.
    [[nodiscard]] QString path() const
    {
        return m_folder.path(QStringLiteral("analysis.casebench"));
    }
    /// Closes the library (the file stays until the fixture goes), e.g. for casebench-cli.
    void close() { m_library.reset(); }

    FactorId factor(const QString &key)
    {
        const auto f = m_library->codebook().findByKey(key);
        if (!f)
            qFatal("no factor %s", qPrintable(key));
        return f->id;
    }

    /// Adds a case: its record, one imposed order, one decision document whose text is the
    /// spec's text followed by one sentence per factor, each tagged with that factor (an
    /// untagged spec: the spec's text alone, nothing tagged).
    CaseId add(const CaseSpec &spec)
    {
        Case c;
        c.reference = spec.reference;
        c.title = spec.reference + QStringLiteral(" title");
        c.regulator = spec.regulator;
        c.profession = spec.profession;
        c.grounds = spec.grounds;
        c.decisionDate = spec.decided;
        c.factsFinding = FactsFinding::Proved;
        c.impairment = ImpairmentFinding::Impaired;
        c.role = spec.role;
        c = m_library->cases().add(c);
        if (spec.outcome) {
            Sanction s;
            s.caseId = c.id;
            s.type = *spec.outcome;
            s.durationMonths = spec.months;
            s.decidedOn = spec.decided;
            m_library->sanctions().add(s);
        }
        QString text = spec.untagged ? spec.text : spec.text + QStringLiteral("\n");
        QList<std::pair<FactorId, std::pair<int, int>>> spans;
        for (const QString &key : spec.untagged ? QStringList() : spec.factors) {
            const QString sentence
                = QStringLiteral("The panel noted the factor %1 in this matter.").arg(key);
            spans.append(
                {factor(key),
                 {static_cast<int>(text.size()), static_cast<int>(text.size() + sentence.size())}});
            text += sentence + QStringLiteral("\n");
        }
        Document d;
        d.caseId = c.id;
        d.title = QStringLiteral("Decision");
        d.text = text;
        d = m_library->documents().add(d);
        for (const auto &[f, span] : spans)
            m_library->passages().add(Passage::fromSpan(d.text, d.id, f, span.first, span.second));
        return c.id;
    }

private:
    TempFolder m_folder;
    std::unique_ptr<Library> m_library;
};

} // namespace casebench::test
