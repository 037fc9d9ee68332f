// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small library written for the bundle tests: a fictional case under review, "BND-001", with
// a decision whose paragraphs are numbered, staged and paged (¶ 27 is on page 9 under "Decision
// on sanction"), tagged passages in every category, a note that needs escaping, and three
// precedents with heavier and lighter outcomes. Every name in it is invented for these tests.

#include "export/anonymiser.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QTest>

#include <memory>

namespace casebench::test {

class BundleFixture
{
public:
    /// The registrant and the other names the anonymisation proof looks for.
    static QStringList replacedNames()
    {
        return {QStringLiteral("Marlowe Fenwick-Tate"),
                QStringLiteral("Fenwick-Tate"),
                QStringLiteral("Marlowe"),
                QStringLiteral("Kestrel Ward"),
                QStringLiteral("Orla Brennick"),
                QStringLiteral("Brennick")};
    }
    static Anonymiser anonymiser()
    {
        auto entry = [](const char *original, const char *replacement,
                        AnonymisationEntry::Kind kind) {
            AnonymisationEntry e;
            e.original = QString::fromUtf8(original);
            e.replacement = QString::fromUtf8(replacement);
            e.kind = kind;
            e.confirmed = true;
            return e;
        };
        using Kind = AnonymisationEntry::Kind;
        return Anonymiser({entry("Marlowe Fenwick-Tate", "the Registrant", Kind::Registrant),
                           entry("Fenwick-Tate", "the Registrant", Kind::Registrant),
                           entry("Marlowe", "the Registrant", Kind::Registrant),
                           entry("Kestrel Ward", "the Ward", Kind::Place),
                           entry("Orla Brennick", "Colleague A", Kind::Colleague),
                           entry("Brennick", "Colleague A", Kind::Colleague)});
    }
    static QString scriptNote()
    {
        return QStringLiteral("Check <script>alert('x')</script> & ask Orla Brennick");
    }

    BundleFixture()
    {
        m_library = Library::create(m_folder.path(QStringLiteral("bundle.casebench")));
        m_subject = addSubject();
        addPrecedent(QStringLiteral("BND-002"), SanctionType::CautionOrder,
                     {QStringLiteral("dishonesty"), QStringLiteral("insight"),
                      QStringLiteral("previous_good_history")});
        addPrecedent(QStringLiteral("BND-003"), SanctionType::StrikingOff,
                     {QStringLiteral("dishonesty"), QStringLiteral("insight"),
                      QStringLiteral("fact_proved"), QStringLiteral("staffing_shortage")});
        addPrecedent(QStringLiteral("BND-004"), SanctionType::ConditionsOfPractice,
                     {QStringLiteral("previous_good_history")});
    }

    Library &library() { return *m_library; }
    /// Hands the open library over (to a LibrarySession); the folder stays until the fixture goes.
    std::unique_ptr<Library> takeLibrary() { return std::move(m_library); }
    [[nodiscard]] QString libraryPath() const
    {
        return m_folder.path(QStringLiteral("bundle.casebench"));
    }
    [[nodiscard]] CaseId subject() const { return m_subject; }
    [[nodiscard]] QString path(const QString &name) const { return m_folder.path(name); }

    FactorId factor(const QString &key)
    {
        const auto f = m_library->codebook().findByKey(key);
        if (!f)
            throw LibraryError(LibraryError::Kind::NotFound, QStringLiteral("no factor ") + key);
        return f->id;
    }

    /// Adds a case with `count` tagged paragraphs (for long bundles).
    CaseId addLongCase(const QString &reference, int count)
    {
        Case c;
        c.reference = reference;
        c.title = QStringLiteral("Long case");
        c.regulator = Regulator::Nmc;
        c = m_library->cases().add(c);
        QString text = QStringLiteral("Decision on sanction\n");
        QList<std::pair<int, int>> spans;
        for (int i = 1; i <= count; ++i) {
            const QString sentence
                = QStringLiteral("%1. The panel weighed point %1 of the submissions about the "
                                 "registrant's practice on the ward.")
                      .arg(i);
            spans.append({int(text.size()), int(text.size() + sentence.size())});
            text += sentence + QStringLiteral("\n\n");
        }
        Document d;
        d.caseId = c.id;
        d.title = QStringLiteral("Decision");
        d.text = text;
        d = m_library->documents().add(d);
        const QList<FactorId> factors{
            factor(QStringLiteral("insight")), factor(QStringLiteral("dishonesty")),
            factor(QStringLiteral("testimonials")), factor(QStringLiteral("fact_proved"))};
        for (qsizetype i = 0; i < spans.size(); ++i) {
            Passage p = Passage::fromSpan(text, d.id, factors.at(i % factors.size()),
                                          spans.at(i).first, spans.at(i).second);
            p.note = QStringLiteral("Note on point %1.").arg(i + 1);
            m_library->passages().add(p);
        }
        return c.id;
    }

private:
    CaseId addSubject()
    {
        Case c;
        c.reference = QStringLiteral("BND-001");
        c.title = QStringLiteral("Fenwick-Tate");
        c.regulator = Regulator::Hcpc;
        c.profession = QStringLiteral("Paramedic");
        c.registrant = QStringLiteral("Marlowe Fenwick-Tate");
        c.hearingDate = QDate(2025, 3, 3);
        c.decisionDate = QDate(2025, 3, 7);
        c.allegationSummary = QStringLiteral(
            "Altered the controlled drugs register at Kestrel Ward on three shifts.");
        c.factsFinding = FactsFinding::Proved;
        c.grounds = {StatutoryGround::Misconduct};
        c.impairment = ImpairmentFinding::Impaired;
        c.notes = QStringLiteral("Listed for MARLOWE FENWICK-TATE by the tribunal.");
        c = m_library->cases().add(c);

        Sanction s;
        s.caseId = c.id;
        s.type = SanctionType::Suspension;
        s.durationMonths = 12;
        s.decidedOn = QDate(2025, 3, 7);
        s.startDate = QDate(2025, 4, 4);
        s.reviewHearing = true;
        m_library->sanctions().add(s);

        // Paragraphs 1 … 30 under four stage headings; a few carry what the passages tag.
        const QHash<int, QString> special{
            {6,
             QStringLiteral(
                 "The panel found particular 1 proved: the register at Kestrel Ward was altered on three shifts.")},
            {12,
             QStringLiteral(
                 "Altering the register was dishonest and was hidden from Orla Brennick, the ward manager.")},
            {24,
             QStringLiteral(
                 "Marlowe Fenwick-Tate had practised for eleven years without any previous concern.")},
            {27,
             QStringLiteral(
                 "The panel accepted that Marlowe\nFenwick-Tate showed genuine insight into the failings.")},
            {28,
             QStringLiteral(
                 "Staffing on Kestrel Ward was well below the agreed level for several months.")},
        };
        const QHash<int, QString> headings{{1, QStringLiteral("Background")},
                                           {5, QStringLiteral("Decision on facts")},
                                           {15, QStringLiteral("Decision on impairment")},
                                           {22, QStringLiteral("Decision on sanction")}};
        QString text = QStringLiteral(
            "Health and Care Professions Tribunal\nConduct and Competence Committee\n\n");
        QHash<int, int> starts;
        for (int n = 1; n <= 30; ++n) {
            if (headings.contains(n))
                text += headings.value(n) + QStringLiteral("\n\n");
            starts.insert(n, int(text.size()));
            text += QStringLiteral("%1. ").arg(n)
                    + special.value(
                        n, QStringLiteral(
                               "The panel considered the submissions on point %1 with care.")
                               .arg(n))
                    + QStringLiteral("\n\n");
        }
        Document d;
        d.caseId = c.id;
        d.title = QStringLiteral("Final hearing decision");
        d.text = text;
        d = m_library->documents().add(d);
        const QList<int> pageStarts{0,          starts[4],  starts[8],  starts[11], starts[14],
                                    starts[17], starts[20], starts[23], starts[26]};
        DocumentSource source;
        source.textHash = Document::hashOfText(text);
        m_library->outlines().save(d.id, OutlineDetector::detect(text, pageStarts), pageStarts,
                                   source);

        auto tag = [&](int paragraph, const QString &key, const QString &note = {}) {
            const QString body = special.value(paragraph);
            const int start = int(text.indexOf(body, starts[paragraph]));
            Passage p = Passage::fromSpan(text, d.id, factor(key), start, start + int(body.size()));
            p.note = note;
            m_library->passages().add(p);
        };
        tag(6, QStringLiteral("fact_proved"));
        tag(12, QStringLiteral("dishonesty"),
            QStringLiteral("Central to the case against the registrant."));
        tag(24, QStringLiteral("previous_good_history"));
        tag(27, QStringLiteral("insight"), scriptNote());
        tag(28, QStringLiteral("staffing_shortage"),
            QStringLiteral("Rota evidence from Kestrel Ward."));
        return c.id;
    }

    void addPrecedent(const QString &reference, SanctionType type, const QStringList &keys)
    {
        Case c;
        c.reference = reference;
        c.title = reference + QStringLiteral(" precedent");
        c.regulator = Regulator::Hcpc;
        c.profession = QStringLiteral("Paramedic");
        c.grounds = {StatutoryGround::Misconduct};
        c.decisionDate = QDate(2024, 6, 1);
        c = m_library->cases().add(c);
        Sanction s;
        s.caseId = c.id;
        s.type = type;
        s.decidedOn = c.decisionDate;
        if (type != SanctionType::StrikingOff)
            s.durationMonths = 12;
        m_library->sanctions().add(s);
        QString text;
        QList<std::pair<int, int>> spans;
        for (const QString &key : keys) {
            const QString sentence = QStringLiteral("%1. The panel noted %2 in this matter.")
                                         .arg(spans.size() + 1)
                                         .arg(key);
            spans.append({int(text.size()), int(text.size() + sentence.size())});
            text += sentence + QStringLiteral("\n\n");
        }
        Document d;
        d.caseId = c.id;
        d.title = QStringLiteral("Decision");
        d.text = text;
        d = m_library->documents().add(d);
        for (qsizetype i = 0; i < keys.size(); ++i)
            m_library->passages().add(Passage::fromSpan(text, d.id, factor(keys.at(i)),
                                                        spans.at(i).first, spans.at(i).second));
    }

    TempFolder m_folder;
    std::unique_ptr<Library> m_library;
    CaseId m_subject;
};

} // namespace casebench::test
