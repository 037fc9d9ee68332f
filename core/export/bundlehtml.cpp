// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlehtml.h"

#include "analysis/caseprofile.h"
#include "guidancechecklist.h"
#include "model/sanctiontype.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::BundleHtml)
};

// Kept to what QTextDocument renders, so that preview, HTML and PDF look alike.
const auto styleSheet = uR"(
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 22px; margin-bottom: 6px; color: #123c69; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
p.subtitle { font-size: 12pt; }
p.meta, p.none { color: #555555; }
p.factor { margin-top: 8px; }
span.cite { color: #444444; }
p.note { font-style: italic; color: #333333; }
blockquote { margin-left: 18px; margin-right: 8px; margin-top: 2px; margin-bottom: 2px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th { background-color: #e8edf3; text-align: left; }
td, th { padding: 3px; vertical-align: top; border: 1px solid #b8c2cc; }
td.no { color: #8a1c1c; }
td.yes { color: #1c5a1c; }
)"_s;

} // namespace

/// The page under construction: escaped, anonymised text and the progress of the work.
class BundleHtml::Writer
{
public:
    Writer(const Anonymiser &anonymiser, const BundleProgress &progress, int from, int to,
           int units)
        : m_anonymiser(anonymiser), m_progress(progress), m_from(from), m_to(to),
          m_units(std::max(1, units))
    {}

    /// Text as it is printed: anonymised, escaped, line breaks kept.
    [[nodiscard]] QString text(const QString &raw) const
    {
        QString escaped = m_anonymiser.apply(raw).toHtmlEscaped();
        escaped.replace(u"\r\n"_s, u"\n"_s);
        return escaped.replace(u'\n', u"<br>"_s);
    }
    /// Running text: anonymised first (names may cross line breaks), then whitespace folded.
    [[nodiscard]] QString flowing(const QString &raw) const
    {
        return m_anonymiser.apply(raw).simplified().toHtmlEscaped();
    }

    void raw(const QString &html) { m_html += html; }
    void tag(const QString &name, const QString &rawText, const QString &cssClass = {})
    {
        m_html += u'<' + name + (cssClass.isEmpty() ? QString() : u" class=\""_s + cssClass + u'"')
                  + u'>' + text(rawText) + u"</"_s + name + u">\n"_s;
    }
    void row(const QString &label, const QString &value)
    {
        m_html += u"<tr><th>"_s + text(label) + u"</th><td>"_s + text(value) + u"</td></tr>\n"_s;
    }

    /// One unit of work done; throws Cancelled when the callback says stop.
    void step()
    {
        ++m_done;
        if (!m_progress)
            return;
        const int percent = m_from
                            + int(qint64(m_to - m_from) * std::min(m_done, m_units) / m_units);
        if (!m_progress(percent))
            throw Cancelled{};
    }

    [[nodiscard]] const QString &html() const { return m_html; }

private:
    const Anonymiser &m_anonymiser;
    const BundleProgress &m_progress;
    int m_from;
    int m_to;
    int m_units;
    int m_done = 0;
    QString m_html;
};

BundleHtml::BundleHtml(const BundleContent &content, const BundleOptions &options,
                       const Anonymiser &anonymiser)
    : m_content(content), m_options(options), m_anonymiser(anonymiser)
{
    QSet<DocumentId> documents;
    for (const BundlePassage &p : content.passages)
        documents.insert(p.passage.document);
    m_severalDocuments = documents.size() > 1;
}

QString BundleHtml::notEvidencedText()
{
    return Tr::tr("Not evidenced in the tagged passages");
}

QString BundleHtml::documentTitle() const
{
    const Case &c = m_content.caseRecord;
    QString title = m_options.title + u": "_s + c.reference;
    if (!c.title.isEmpty())
        title += u", "_s + c.title;
    return m_anonymiser.apply(title);
}

QString BundleHtml::footerLabel() const
{
    return m_anonymiser.apply(m_content.caseRecord.reference + u" · "_s + m_options.title);
}

QString BundleHtml::compose(const BundleProgress &progress, int from, int to) const
{
    const qsizetype units = 5 + m_content.passages.size() * 2 + m_content.precedents.size();
    Writer w(m_anonymiser, progress, from, to, int(std::min<qsizetype>(units, 1 << 30)));
    const Case &c = m_content.caseRecord;
    w.raw(u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
          + w.text(documentTitle())
          + u"</title>\n<meta name=\"generator\" content=\"Casebench\">\n"_s
          + u"<meta name=\"description\" content=\""_s
          + w.text(m_options.title + u", "_s + c.reference) + u"\">\n<style>"_s + styleSheet
          + u"</style>\n</head>\n<body>\n"_s);
    w.tag(u"h1"_s, m_options.title);
    w.tag(u"p"_s, c.title.isEmpty() ? c.reference : c.reference + u" — "_s + c.title,
          u"subtitle"_s);
    QString meta = Tr::tr("Prepared with Casebench on %1.")
                       .arg(QLocale::c().toString(QDate::currentDate(), u"d MMMM yyyy"_s));
    if (m_options.anonymise)
        meta += u' '
                + Tr::tr("Names and identifiers on the case's anonymisation list are replaced.");
    w.tag(u"p"_s, meta, u"meta"_s);
    w.step();

    if (m_options.has(BundleSection::Summary))
        summary(w);
    w.step();
    if (m_options.has(BundleSection::Sanctions))
        sanctions(w);
    w.step();
    if (m_options.has(BundleSection::Passages))
        passages(w);
    else
        for (qsizetype i = 0; i < m_content.passages.size(); ++i)
            w.step();
    if (m_options.has(BundleSection::Precedents))
        precedents(w);
    w.step();
    if (m_options.has(BundleSection::Checklist))
        checklist(w);
    else
        for (qsizetype i = 0; i < m_content.passages.size(); ++i)
            w.step();
    w.raw(u"</body>\n</html>\n"_s);
    w.step();
    return w.html();
}

void BundleHtml::summary(Writer &w) const
{
    const Case &c = m_content.caseRecord;
    const QLocale locale = QLocale::c();
    auto date = [&](const QDate &d) {
        return d.isValid() ? locale.toString(d, u"d MMMM yyyy"_s) : Tr::tr("Not recorded");
    };
    QStringList grounds;
    for (StatutoryGround g : c.grounds)
        grounds.append(enumLabel(g));

    w.raw(u"<h2 id=\"summary\">"_s + w.text(enumLabel(BundleSection::Summary))
          + u"</h2>\n<table width=\"100%\">\n"_s);
    w.row(Tr::tr("Reference"), c.reference);
    if (!c.title.isEmpty())
        w.row(Tr::tr("Title"), c.title);
    w.row(Tr::tr("Regulator"), enumLabel(c.regulator));
    if (!c.profession.isEmpty())
        w.row(Tr::tr("Profession"), c.profession);
    if (!c.registrant.isEmpty())
        w.row(Tr::tr("Registrant"), c.registrant);
    w.row(Tr::tr("Hearing"), enumLabel(c.hearingType));
    w.row(Tr::tr("Hearing date"), date(c.hearingDate));
    w.row(Tr::tr("Decision date"), date(c.decisionDate));
    w.raw(u"</table>\n<h3>"_s + w.text(Tr::tr("Stage findings"))
          + u"</h3>\n<table width=\"100%\">\n"_s);
    w.row(Tr::tr("Facts"), enumLabel(c.factsFinding));
    w.row(Tr::tr("Statutory grounds"),
          grounds.isEmpty() ? Tr::tr("None recorded") : grounds.join(u", "_s));
    w.row(Tr::tr("Current impairment"), enumLabel(c.impairment));
    w.row(Tr::tr("Outcome"), outcomeText(m_content.sanctions.current(), c.regulator));
    w.raw(u"</table>\n"_s);
    if (!c.allegationSummary.isEmpty()) {
        w.tag(u"h3"_s, Tr::tr("Allegation"));
        w.tag(u"p"_s, c.allegationSummary);
    }
    if (!c.notes.isEmpty()) {
        w.tag(u"h3"_s, Tr::tr("Notes"));
        w.tag(u"p"_s, c.notes);
    }
}

void BundleHtml::sanctions(Writer &w) const
{
    const Case &c = m_content.caseRecord;
    const QLocale locale = QLocale::c();
    auto date = [&](const QDate &d) {
        return d.isValid() ? locale.toString(d, u"d MMM yyyy"_s) : QString();
    };
    w.raw(u"<h2 id=\"sanctions\">"_s + w.text(enumLabel(BundleSection::Sanctions)) + u"</h2>\n"_s);
    if (m_content.sanctions.isEmpty()) {
        w.tag(u"p"_s, Tr::tr("No order is recorded for this case."), u"none"_s);
        return;
    }
    w.raw(u"<table width=\"100%\">\n<thead><tr><th>"_s + w.text(Tr::tr("Decided")) + u"</th><th>"_s
          + w.text(Tr::tr("Outcome")) + u"</th><th>"_s + w.text(Tr::tr("Order")) + u"</th><th>"_s
          + w.text(Tr::tr("Starts")) + u"</th><th>"_s + w.text(Tr::tr("Expires")) + u"</th><th>"_s
          + w.text(Tr::tr("Conditions")) + u"</th></tr></thead>\n"_s);
    for (const Sanction &s : m_content.sanctions.entries()) {
        const auto expiry = s.expiryDate();
        QString order = outcomeText(s, c.regulator);
        if (s.reviewHearing)
            order += u"; "_s + Tr::tr("review before expiry");
        w.raw(u"<tr><td>"_s + w.text(date(s.decidedOn)) + u"</td><td>"_s
              + w.text(enumLabel(s.outcome)) + u"</td><td>"_s + w.text(order) + u"</td><td>"_s
              + w.text(date(s.startDate)) + u"</td><td>"_s
              + w.text(expiry ? date(*expiry) : QString()) + u"</td><td>"_s + w.text(s.conditions)
              + u"</td></tr>\n"_s);
    }
    w.raw(u"</table>\n"_s);
}

QString BundleHtml::citationOf(const BundlePassage &p) const
{
    if (p.passage.orphaned)
        return p.documentTitle + u", "_s + Tr::tr("not found in the document's current text");
    if (p.citation.isEmpty())
        return p.documentTitle;
    return m_severalDocuments ? p.documentTitle + u", "_s + p.citation : p.citation;
}

void BundleHtml::passages(Writer &w) const
{
    w.raw(u"<h2 id=\"passages\">"_s + w.text(enumLabel(BundleSection::Passages)) + u"</h2>\n"_s);
    if (m_content.passages.isEmpty())
        w.tag(u"p"_s, Tr::tr("No passages are tagged in this case's documents."), u"none"_s);
    for (FactorCategory category : m_options.categoryOrder) {
        QList<const BundlePassage *> group;
        for (const BundlePassage &p : m_content.passages) {
            if (p.factor.category == category)
                group.append(&p);
        }
        w.raw(u"<h3 id=\"category-"_s + enumIdentifier(category) + u"\">"_s
              + w.text(Tr::tr("%1 (%2)").arg(enumLabel(category)).arg(group.size()))
              + u"</h3>\n"_s);
        if (group.isEmpty())
            w.tag(u"p"_s, Tr::tr("No passages tagged."), u"none"_s);
        for (const BundlePassage *p : std::as_const(group)) {
            w.raw(u"<p class=\"factor\"><b>"_s + w.text(p->factor.name)
                  + u"</b> — <span class=\"cite\">"_s + w.text(citationOf(*p))
                  + u"</span></p>\n<blockquote>“"_s + w.flowing(p->passage.quote)
                  + u"”</blockquote>\n"_s);
            if (!p->passage.note.trimmed().isEmpty())
                w.raw(u"<p class=\"note\">"_s
                      + w.text(Tr::tr("Note: %1").arg(p->passage.note.trimmed())) + u"</p>\n"_s);
            w.step();
        }
    }
}

void BundleHtml::precedents(Writer &w) const
{
    const QList<BundlePrecedent> chosen = m_content.chosenPrecedents(m_options);
    w.raw(u"<h2 id=\"precedents\">"_s + w.text(enumLabel(BundleSection::Precedents))
          + u"</h2>\n"_s);
    if (chosen.isEmpty()) {
        w.tag(u"p"_s, Tr::tr("No precedents were found among the library's other cases."),
              u"none"_s);
        return;
    }
    const QString order = m_options.precedentOrder == PrecedentOrder::LighterFirst
                              ? Tr::tr(
                                  "outcomes lighter than this case's first, then the most alike")
                              : Tr::tr("the most alike first");
    w.tag(u"p"_s,
          Tr::tr("%1 of %2 cases ranked by likeness to this one; %3.")
              .arg(chosen.size())
              .arg(m_content.precedentCandidates)
              .arg(order),
          u"meta"_s);
    auto names = [](const QList<Factor> &factors) {
        QStringList list;
        for (const Factor &f : factors)
            list.append(f.name);
        return list.isEmpty() ? QStringLiteral("—") : list.join(u", "_s);
    };
    int index = 0;
    for (const BundlePrecedent &p : chosen) {
        const CaseProfile &c = p.match.precedent;
        // Each precedent is anonymised with its own list first (its registrant and the people in
        // its case), then with this case's; one without a list is not named at all.
        const Anonymiser own = m_options.anonymise ? Anonymiser(p.anonymisation) : Anonymiser();
        QString heading = u"%1%2"_s.arg(c.reference,
                                        c.title.isEmpty() ? QString() : u" — "_s + c.title);
        if (m_options.anonymise && own.isEmpty())
            heading = Tr::tr("A case not named here (its anonymisation list is empty)");
        w.tag(u"h3"_s, u"%1. "_s.arg(++index) + own.apply(heading));
        QString line = Tr::tr("Outcome: %1.").arg(p.outcome);
        if (p.lighter)
            line += u' ' + Tr::tr("Lighter than this case's.");
        line += u' '
                + Tr::tr("Likeness %1 (factors %2, text %3, context %4).")
                      .arg(p.match.score, 0, 'f', 2)
                      .arg(p.match.factorScore, 0, 'f', 2)
                      .arg(p.match.textScore, 0, 'f', 2)
                      .arg(p.match.contextScore, 0, 'f', 2);
        w.tag(u"p"_s, line);
        if (!p.match.explanation.isEmpty())
            w.tag(u"p"_s, own.apply(p.match.explanation), u"meta"_s);
        w.raw(u"<table width=\"100%\">\n<tr><th width=\"33%\">"_s + w.text(Tr::tr("Shared factors"))
              + u"</th><th width=\"33%\">"_s + w.text(Tr::tr("Only this case")) + u"</th><th>"_s
              + w.text(Tr::tr("Only the precedent")) + u"</th></tr>\n<tr><td>"_s
              + w.text(names(p.shared)) + u"</td><td>"_s + w.text(names(p.onlyInCase))
              + u"</td><td>"_s + w.text(names(p.onlyInPrecedent)) + u"</td></tr>\n</table>\n"_s);
        w.step();
    }
}

void BundleHtml::checklist(Writer &w) const
{
    w.raw(u"<h2 id=\"checklist\">"_s + w.text(enumLabel(BundleSection::Checklist)) + u"</h2>\n"_s);
    w.tag(u"p"_s,
          Tr::tr("What sanctions guidance generally asks a panel to weigh, written for Casebench, "
                 "each marked with the tagged passages that bear on it."),
          u"meta"_s);
    // A consideration is evidenced by passages tagged with its factors or their sub-factors.
    QHash<FactorId, QString> keyOf;
    QHash<FactorId, FactorId> parentOf;
    for (const Factor &f : m_content.codebook) {
        keyOf.insert(f.id, f.key);
        parentOf.insert(f.id, f.parent);
    }
    auto matches = [&](FactorId id, const QStringList &keys) {
        for (int depth = 0; id.isValid() && depth < 16; ++depth, id = parentOf.value(id)) {
            if (keys.contains(keyOf.value(id)))
                return true;
        }
        return false;
    };
    w.raw(u"<table width=\"100%\">\n<thead><tr><th width=\"42%\">"_s
          + w.text(Tr::tr("Consideration")) + u"</th><th width=\"10%\">"_s
          + w.text(Tr::tr("Evidenced")) + u"</th><th>"_s + w.text(Tr::tr("Where"))
          + u"</th></tr></thead>\n"_s);
    for (const ChecklistItem &item : GuidanceChecklist::items()) {
        QStringList evidence;
        for (const BundlePassage &p : m_content.passages) {
            if (matches(p.factor.id, item.factorKeys))
                evidence.append(w.text(p.factor.name + u": "_s + citationOf(p)));
        }
        w.raw(u"<tr><td><b>"_s + w.text(item.consideration) + u"</b><br>"_s + w.text(item.question)
              + u"</td>"_s);
        if (evidence.isEmpty())
            w.raw(u"<td class=\"no\">"_s + w.text(Tr::tr("No")) + u"</td><td>"_s
                  + w.text(notEvidencedText()) + u"</td></tr>\n"_s);
        else
            w.raw(u"<td class=\"yes\">"_s + w.text(Tr::tr("Yes")) + u"</td><td>"_s
                  + evidence.join(u"<br>"_s) + u"</td></tr>\n"_s);
    }
    w.raw(u"</table>\n"_s);
    for (qsizetype i = 0; i < m_content.passages.size(); ++i)
        w.step();
}

} // namespace casebench
