// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationsuggester.h"

#include "anonymisationlist.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = AnonymisationEntry::Kind;

struct Word
{
    QString text;
    qsizetype start;
    qsizetype end;
};

/// What a candidate was seen as, across all texts.
struct Candidate
{
    QString original;
    Kind kind = Kind::Other;
    QString placeWord; ///< for places: "Hospital"
    int seen = 0;
    bool midSentence = false; ///< seen at least once not opening a sentence
    bool titled = false;      ///< seen at least once after a title
    qsizetype order = 0;      ///< first appearance
};

const QHash<QString, QString> &placeWords()
{
    // The word ending a place's name → the word of its replacement.
    static const QHash<QString, QString> words{
        {u"hospital"_s, u"Hospital"_s},   {u"hospitals"_s, u"Hospital"_s},
        {u"council"_s, u"Council"_s},     {u"ward"_s, u"Ward"_s},
        {u"trust"_s, u"Trust"_s},         {u"home"_s, u"Home"_s},
        {u"house"_s, u"Home"_s},          {u"lodge"_s, u"Home"_s},
        {u"school"_s, u"School"_s},       {u"academy"_s, u"School"_s},
        {u"college"_s, u"College"_s},     {u"university"_s, u"University"_s},
        {u"surgery"_s, u"Surgery"_s},     {u"practice"_s, u"Practice"_s},
        {u"clinic"_s, u"Clinic"_s},       {u"centre"_s, u"Centre"_s},
        {u"center"_s, u"Centre"_s},       {u"unit"_s, u"Unit"_s},
        {u"prison"_s, u"Prison"_s},       {u"pharmacy"_s, u"Pharmacy"_s},
        {u"services"_s, u"Service"_s},    {u"service"_s, u"Service"_s},
        {u"agency"_s, u"Agency"_s},       {u"ltd"_s, u"Company"_s},
        {u"limited"_s, u"Company"_s},     {u"police"_s, u"Police"_s},
        {u"authority"_s, u"Authority"_s}, {u"hospice"_s, u"Hospice"_s},
    };
    return words;
}

bool isTitle(const QString &word)
{
    static const QSet<QString> titles{u"mr"_s, u"mrs"_s,  u"ms"_s,        u"miss"_s,  u"mx"_s,
                                      u"dr"_s, u"prof"_s, u"professor"_s, u"nurse"_s, u"sister"_s};
    return titles.contains(word.toLower());
}

/// A word that may be part of a name: an initial capital, not all capitals (headings, acronyms),
/// unless it is a single letter.
bool isCapitalised(const QString &word)
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    if (word.size() == 1)
        return true;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isLower())
            return true;
    }
    return false;
}

bool opensSentence(const QString &text, qsizetype start)
{
    qsizetype i = start - 1;
    bool lineBreak = false;
    while (i >= 0
           && (text.at(i).isSpace() || text.at(i) == u'"' || text.at(i) == u'('
               || text.at(i) == QChar(0x201C) || text.at(i) == QChar(0x2018))) {
        lineBreak = lineBreak || text.at(i) == u'\n';
        --i;
    }
    if (i < 0)
        return true;
    const QChar before = text.at(i);
    if (before == u'.' || before == u'!' || before == u'?' || before == u':')
        return true;
    // A list item: after a bullet, or a paragraph or item number ("1.2 Treat", "(a) Keep").
    if (before == QChar(0x2022) || before == QChar(0x00B7) || before == u'*' || before == u'-'
        || before == QChar(0x2013)) {
        return true;
    }
    if (before.isDigit() || before == u')') {
        qsizetype w = i;
        while (w >= 0 && !text.at(w).isSpace())
            --w;
        const QStringView token = QStringView(text).mid(w + 1, i - w);
        static const QRegularExpression itemNumber(uR"(^\(?(?:\d+(?:\.\d+)*|[a-z]{1,4})[.)]?$)"_s);
        if (itemNumber.match(token.toString()).hasMatch())
            return true;
    }
    return lineBreak && !before.isLetter() && before != u',';
}

/// The words of a text: letters, with apostrophes and hyphens inside.
QList<Word> wordsOf(const QString &text)
{
    static const QRegularExpression word(uR"([\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*(?:['’]s)?)"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    QList<Word> words;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        words.append({m.captured(), m.capturedStart(), m.capturedEnd()});
    }
    return words;
}

/// Whether two words are one name apart: whitespace with at most one line break between them.
bool joined(const QString &text, const Word &a, const Word &b)
{
    int breaks = 0;
    for (qsizetype i = a.end; i < b.start; ++i) {
        const QChar c = text.at(i);
        if (!c.isSpace())
            return false;
        breaks += c == u'\n' ? 1 : 0;
    }
    return breaks <= 1;
}

QString stripPossessive(const QString &word)
{
    if (word.endsWith(u"'s"_s) || word.endsWith(u"’s"_s))
        return word.chopped(2);
    return word;
}

bool isSingleLetterOrAcronym(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

/// The capitalised names of case law, judges and legal tests a text cites: the parties around
/// "v" ("Cohen v GMC", "CHRE v NMC and Grant", "R (on the application of X) v Y"), the names
/// before a law report or neutral citation ("Roylance and General Medical Council (No. 2) [2000]
/// 1 AC 311", "[2008] EWHC 581 (Admin)"), "In re X", judges ("Mrs Justice Cox", "Sir X Y MR"),
/// and — unless the text writes the name after a title or with a first name elsewhere — "X's
/// case", "the X test", "the case of X". Lower case.
class CitationReader
{
public:
    CitationReader(const QString &text, const QList<Word> &words) : m_text(text), m_words(words)
    {
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (isTitle(words.at(i).text) && joined(text, words.at(i), words.at(i + 1)))
                m_titled.insert(stripPossessive(words.at(i + 1).text).toLower());
        }
    }

    QSet<QString> read()
    {
        readParties();
        readReports();
        readJudges();
        readNamedTests();
        return m_names;
    }

private:
    // The characters allowed between two words of one citation: spaces (one line break), "&",
    // brackets; a full stop only after "v" or "No".
    bool citationGap(qsizetype left, qsizetype right) const
    {
        const Word &a = m_words.at(left);
        const Word &b = m_words.at(right);
        const bool abbreviation = a.text == u"v"_s || a.text == u"No"_s || a.text == u"vs"_s;
        int breaks = 0;
        for (qsizetype i = a.end; i < b.start; ++i) {
            const QChar c = m_text.at(i);
            breaks += c == u'\n' ? 1 : 0;
            if (c.isSpace() || c == u'&' || c == u'(' || c == u')' || c.isDigit()
                || (c == u'.' && abbreviation))
                continue;
            return false;
        }
        return breaks <= 1 && b.start - a.end <= 12;
    }

    static bool isConnector(const QString &word)
    {
        static const QSet<QString> connectors{
            u"and"_s, u"of"_s,  u"for"_s,   u"the"_s,         u"on"_s, u"v"_s,
            u"vs"_s,  u"ex"_s,  u"parte"_s, u"application"_s, u"de"_s, u"van"_s,
            u"von"_s, u"der"_s, u"du"_s,    u"da"_s,          u"la"_s, u"le"_s};
        return connectors.contains(word);
    }

    // From word `from`, the capitalised words of a party's name going `step` (±1), over
    // connectors between them; at most ten names.
    void takeParty(qsizetype from, int step)
    {
        QList<qsizetype> pending;
        int taken = 0;
        for (qsizetype i = from; i >= 0 && i < m_words.size() && taken < 10; i += step) {
            if (i != from && !citationGap(step > 0 ? i - 1 : i, step > 0 ? i : i + 1))
                break;
            const QString &w = m_words.at(i).text;
            if (isSingleLetterOrAcronym(w)) {
                m_names.insert(stripPossessive(w).toLower());
                ++taken;
            } else if (!isConnector(w)) {
                break;
            }
        }
    }

    void readParties()
    {
        for (qsizetype i = 1; i + 1 < m_words.size(); ++i) {
            const QString &w = m_words.at(i).text;
            if (w != u"v"_s && w != u"vs"_s)
                continue;
            if (!isSingleLetterOrAcronym(m_words.at(i - 1).text)
                || !isSingleLetterOrAcronym(m_words.at(i + 1).text) || !citationGap(i - 1, i)
                || !citationGap(i, i + 1))
                continue;
            takeParty(i - 1, -1);
            takeParty(i + 1, 1);
        }
        // "In re X", "Re X"
        static const QRegularExpression inRe(uR"((?:\bIn\s+re|\bRe)\s+(?=\p{Lu}))"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = inRe.globalMatch(m_text); it.hasNext();)
            takeParty(wordAt(it.next().capturedEnd(0)), 1);
    }

    void readReports()
    {
        // A law report or neutral citation; the names just before it are its parties.
        static const QRegularExpression report(
            uR"((?:\(No\.?\s*\d+\)\s*)?[\[(](?:1[89]|20)\d{2}[\])]\s*(?:\d+\s+)?(?:EWHC|EWCA|UKSC|UKHL|UKPC|UKUT|UKEAT|EWCOP|EWFC|CSIH|CSOH|NICA|NIQB|A\.?\s?C\.?|W\.?\s?L\.?\s?R\.?|Q\.?\s?B\.?|All\s+E\.?\s?R|Med\s+L\.?\s?R|Lloyd|BMLR|IRLR|ICR|PNLR|Fam|Ch|SC)\b)"_s);
        for (auto it = report.globalMatch(m_text); it.hasNext();) {
            const qsizetype at = it.next().capturedStart(0);
            const qsizetype last = wordAt(at) - 1; // the last word before the citation
            if (last < 0 || m_words.at(last).end > at)
                continue;
            bool close = true;
            for (qsizetype c = m_words.at(last).end; c < at; ++c)
                close = close && (m_text.at(c).isSpace() || m_text.at(c) == u',');
            if (close && isSingleLetterOrAcronym(m_words.at(last).text))
                takeParty(last, -1);
        }
    }

    void readJudges()
    {
        static const QSet<QString> before{u"Justice"_s, u"Lord"_s,     u"Lady"_s, u"Sir"_s,
                                          u"Dame"_s,    u"Baroness"_s, u"Judge"_s};
        static const QSet<QString> after{u"LJ"_s, u"MR"_s, u"LJJ"_s, u"JSC"_s, u"PSC"_s};
        for (qsizetype i = 0; i + 1 < m_words.size(); ++i) {
            if (!before.contains(m_words.at(i).text))
                continue;
            for (qsizetype j = i + 1; j < m_words.size() && j <= i + 3; ++j) {
                if (!isCapitalised(m_words.at(j).text)
                    || !joined(m_text, m_words.at(j - 1), m_words.at(j)))
                    break;
                m_names.insert(stripPossessive(m_words.at(j).text).toLower());
            }
        }
        for (qsizetype i = 1; i < m_words.size(); ++i) {
            if (!after.contains(stripPossessive(m_words.at(i).text)))
                continue;
            for (qsizetype j = i - 1; j >= 0 && j >= i - 3; --j) {
                if (!isCapitalised(m_words.at(j).text)
                    || !joined(m_text, m_words.at(j), m_words.at(j + 1)))
                    break;
                m_names.insert(m_words.at(j).text.toLower());
            }
        }
    }

    void readNamedTests()
    {
        // Weaker signs: a name the text also writes after a title ("Miss Sinclair's case") or
        // with a first name is a person's.
        static const QList<QRegularExpression> patterns{
            QRegularExpression(
                uR"(\b(\p{Lu}[\p{L}\-]+)(?:['’]s)?\s+(?:test|tests|questions|principles?|criteria|approach|case|judgment)\b)"_s,
                QRegularExpression::UseUnicodePropertiesOption),
            QRegularExpression(
                uR"(\b(?:cases?|judgments?|decisions?)\s+(?:of|in)\s+(\p{Lu}[\p{L}\-]+)(?:(?:,\s*|\s+and\s+|\s*&\s*)(\p{Lu}[\p{L}\-]+))?)"_s,
                QRegularExpression::UseUnicodePropertiesOption),
        };
        QSet<QString> inFullNames;
        QList<Word> run;
        auto flush = [&] {
            QList<Word> segment;
            auto take = [&] {
                if (segment.size() >= 2) {
                    for (const Word &w : std::as_const(segment))
                        inFullNames.insert(stripPossessive(w.text).toLower());
                }
                segment.clear();
            };
            for (const Word &w : std::as_const(run)) {
                if (isTitle(w.text) || AnonymisationSuggester::isStopWord(w.text))
                    take();
                else
                    segment.append(w);
            }
            take();
            run.clear();
        };
        for (const Word &w : m_words) {
            if (!isCapitalised(w.text) || (!run.isEmpty() && !joined(m_text, run.constLast(), w)))
                flush();
            if (isCapitalised(w.text))
                run.append(w);
        }
        flush();
        for (const QRegularExpression &re : patterns) {
            for (auto it = re.globalMatch(m_text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                for (int group = 1; group <= re.captureCount(); ++group) {
                    const QString name = m.captured(group).toLower();
                    if (!name.isEmpty() && !m_titled.contains(name) && !inFullNames.contains(name))
                        m_names.insert(name);
                }
            }
        }
    }

    /// The first word starting at or after `position`.
    qsizetype wordAt(qsizetype position) const
    {
        const auto first = std::partition_point(
            m_words.cbegin(), m_words.cend(),
            [position](const Word &w) { return w.start < position; });
        return first - m_words.cbegin();
    }

    const QString &m_text;
    const QList<Word> &m_words;
    QSet<QString> m_titled;
    QSet<QString> m_names;
};

class Collector
{
public:
    /// The names the text being read cites as case law (lower case): no person there.
    void setCited(QSet<QString> cited) { m_cited = std::move(cited); }

    void addRun(const QString &text, const QList<Word> &run)
    {
        // A place: non-stop words ending in a place word ("St Mary's Hospital").
        qsizetype from = 0;
        for (qsizetype i = 0; i < run.size(); ++i) {
            const QString bare = stripPossessive(run.at(i).text);
            const auto place = placeWords().constFind(bare.toLower());
            if (place != placeWords().cend() && i > from) {
                // Back over the capitalised words before it ("Ashcombe General"), then drop
                // leading stop words ("The"); at least one word must be no stop word.
                qsizetype first = i;
                while (first > from && !isTitle(run.at(first - 1).text)
                       && run.at(first - 1).text != u"St"_s)
                    --first;
                if (first > from && run.at(first - 1).text == u"St"_s)
                    --first; // "St Mary's Hospital"
                while (first < i && run.at(first).text != u"St"_s
                       && AnonymisationSuggester::isStopWord(run.at(first).text))
                    ++first;
                if (first < i) {
                    addPersons(text, run.mid(from, first - from));
                    add(text, run.mid(first, i - first + 1), Kind::Place, place.value(), false);
                    from = i + 1;
                }
            }
        }
        addPersons(text, run.mid(from));
    }

    QList<Candidate> candidates() const
    {
        QList<Candidate> list = m_candidates.values();
        std::sort(list.begin(), list.end(),
                  [](const Candidate &a, const Candidate &b) { return a.order < b.order; });
        return list;
    }

private:
    void addPersons(const QString &text, const QList<Word> &run)
    {
        // Split at stop words; a title before a segment marks it as a name.
        QList<Word> segment;
        bool titled = false;
        auto flush = [&] {
            // Trailing single letters ("Service User A") belong to an anonymous name: the stop
            // word before them was dropped, so a lone letter is no name.
            bool meaningful = false;
            for (const Word &w : std::as_const(segment)) {
                int letters = 0;
                for (const QChar ch : stripPossessive(w.text))
                    letters += ch.isLetter() ? 1 : 0;
                meaningful = meaningful || letters > 1;
            }
            if (meaningful && segment.size() <= 4)
                add(text, segment, Kind::Other, {}, titled);
            segment.clear();
            titled = false;
        };
        for (qsizetype i = 0; i < run.size(); ++i) {
            const Word &w = run.at(i);
            if (isTitle(w.text)) {
                flush();
                titled = true;
                continue;
            }
            if (AnonymisationSuggester::isStopWord(w.text)
                || placeWords().contains(stripPossessive(w.text).toLower())) {
                // "Service User A", "Colleague 2": the letter after a role is no name.
                flush();
                while (i + 1 < run.size() && run.at(i + 1).text.size() == 1)
                    ++i;
                continue;
            }
            segment.append(w);
        }
        flush();
    }

    void add(const QString &text, const QList<Word> &words, Kind kind, const QString &placeWord,
             bool titled)
    {
        if (words.isEmpty())
            return;
        QStringList parts;
        for (const Word &w : words)
            parts << w.text;
        parts.last() = stripPossessive(parts.last());
        const QString original = parts.join(u' ');
        if (anonymisation::isAlreadyAnonymous(original))
            return;
        if (kind == Kind::Other
            && std::all_of(parts.cbegin(), parts.cend(), [this](const QString &part) {
                   return m_cited.contains(stripPossessive(part).toLower());
               }))
            return;
        Candidate &c = m_candidates[original.toLower()];
        if (c.seen == 0) {
            c.original = original;
            c.kind = kind;
            c.placeWord = placeWord;
            c.order = m_next++;
        }
        ++c.seen;
        c.titled = c.titled || titled;
        c.midSentence = c.midSentence || titled || !opensSentence(text, words.constFirst().start);
    }

    QHash<QString, Candidate> m_candidates;
    QSet<QString> m_cited;
    qsizetype m_next = 0;
};

QString personLetter(int n)
{
    QString letters;
    for (int i = n; i >= 0; i = i / 26 - 1)
        letters.prepend(QChar(u'A' + i % 26));
    return letters;
}

void collectIdentifiers(const QString &text, QList<QPair<QString, QString>> &found)
{
    // NMC PIN (12A3456E), HCPC and Social Work England registration numbers (SW123456), a
    // number after "PIN", "registration number" or "GMC number", UK postcodes.
    static const QRegularExpression pin(uR"(\b\d{2}[A-Z]\d{4}[A-Z]\b)"_s);
    static const QRegularExpression registration(
        uR"(\b(?:AS|BS|CH|CS|DT|HAD|OP|ODP|OT|PA|PH|PYL|RA|SL|SW|CP)\d{5,6}\b)"_s);
    static const QRegularExpression labelled(
        uR"((?:\bPIN|\bregistration\s+(?:number|no\.?)|\b(?:GMC|GDC|GOC|GPhC|NMC)\s+(?:reference\s+)?(?:number|no\.?))\s*:?\s*([A-Z0-9]{5,12})\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression postcode(
        uR"(\b(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{2})\s\d[A-Z]{2}\b)"_s);
    for (const QRegularExpression *re : {&pin, &registration})
        for (auto it = re->globalMatch(text); it.hasNext();)
            found.append({it.next().captured(), u"[identifier]"_s});
    for (auto it = labelled.globalMatch(text); it.hasNext();) {
        const QString value = it.next().captured(1);
        if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }))
            found.append({value, u"[identifier]"_s});
    }
    for (auto it = postcode.globalMatch(text); it.hasNext();)
        found.append({it.next().captured(), u"[postcode]"_s});
}

} // namespace

QList<AnonymisationSuggestion> AnonymisationSuggester::suggest(
    const QStringList &texts, const QList<AnonymisationEntry> &existing)
{
    Collector collector;
    // Words the texts also write in lower case are ordinary words ("Meeting", "Final"), not names.
    QSet<QString> lowerCaseWords;
    QList<QPair<QString, QString>> identifiers;
    for (const QString &text : texts) {
        const QList<Word> words = wordsOf(text);
        for (const Word &w : words) {
            if (w.text.at(0).isLower())
                lowerCaseWords.insert(stripPossessive(w.text));
        }
        collector.setCited(CitationReader(text, words).read());
        QList<Word> run;
        for (const Word &w : words) {
            if (!isCapitalised(w.text)) {
                collector.addRun(text, run);
                run.clear();
                continue;
            }
            if (!run.isEmpty() && !joined(text, run.constLast(), w)) {
                collector.addRun(text, run);
                run.clear();
            }
            run.append(w);
        }
        collector.addRun(text, run);
        collectIdentifiers(text, identifiers);
    }

    QList<AnonymisationEntry> proposed;
    auto known = [&](const QString &original) {
        auto same = [&original](const AnonymisationEntry &e) {
            return anonymisation::sameOriginal(e.original, original);
        };
        return std::any_of(existing.cbegin(), existing.cend(), same)
               || std::any_of(proposed.cbegin(), proposed.cend(), same);
    };
    // Letters and place replacements already used on the list are not handed out again.
    QSet<QString> usedReplacements;
    for (const AnonymisationEntry &e : existing)
        usedReplacements.insert(e.replacement.toLower());
    int nextLetter = 0;
    auto nextPerson = [&] {
        QString replacement;
        do {
            replacement = QCoreApplication::translate("casebench", "Person %1")
                              .arg(personLetter(nextLetter++));
        } while (usedReplacements.contains(replacement.toLower()));
        usedReplacements.insert(replacement.toLower());
        return replacement;
    };
    QHash<QString, int> placeCounts;

    // A name has at least one word the texts never write in lower case (for a place: before
    // its place word).
    auto ordinary = [&lowerCaseWords](const Candidate &c) {
        QStringList words = c.original.split(u' ');
        if (c.kind == Kind::Place)
            words.removeLast();
        return std::all_of(words.cbegin(), words.cend(), [&lowerCaseWords](const QString &w) {
            return lowerCaseWords.contains(w.toLower());
        });
    };
    QList<Candidate> candidates = collector.candidates();
    candidates.removeIf(ordinary);
    // No people: medicines, the case law regulators cite, capitalised plurals of common nouns
    // ("Pharmacists"). A title ("Ms Grant") or a first name ("Anna Lorazepam") makes a person.
    QSet<QString> inFullNames;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.kind == Kind::Other && c.original.contains(u' ')) {
            for (const QString &part : c.original.split(u' '))
                inFullNames.insert(part.toLower());
        }
    }
    auto singular = [](const QString &word) {
        QStringList forms;
        const QString w = word.toLower();
        if (w.endsWith(u"ies"_s))
            forms << w.chopped(3) + u'y';
        if (w.endsWith(u"ves"_s))
            forms << w.chopped(3) + u'f' << w.chopped(3) + u"fe"_s;
        if (w.endsWith(u"es"_s))
            forms << w.chopped(2);
        if (w.endsWith(u's') && !w.endsWith(u"ss"_s))
            forms << w.chopped(1);
        return forms;
    };
    auto noPerson = [&](const Candidate &c) {
        if (c.kind != Kind::Other || c.titled)
            return false;
        if (AnonymisationSuggester::isCitedAuthority(c.original))
            return true;
        const QStringList words = c.original.split(u' ');
        if (std::all_of(words.cbegin(), words.cend(), [](const QString &w) {
                return AnonymisationSuggester::isMedicine(w)
                       || AnonymisationSuggester::isCitedAuthority(w);
            }))
            return true;
        if (words.size() != 1 || inFullNames.contains(c.original.toLower()))
            return false;
        if (AnonymisationSuggester::looksLikeMedicine(c.original))
            return true;
        const QStringList forms = singular(c.original);
        return std::any_of(forms.cbegin(), forms.cend(), [&lowerCaseWords](const QString &f) {
            return f.size() > 2
                   && (lowerCaseWords.contains(f) || AnonymisationSuggester::isStopWord(f));
        });
    };
    candidates.removeIf(noPerson);
    // Full names first, so that their parts can take their letters.
    QHash<QString, QString> partReplacement;
    for (const Candidate &c : candidates) {
        if (c.kind != Kind::Other || !c.original.contains(u' ') || !c.midSentence
            || (c.seen < 2 && !c.titled) || known(c.original)) {
            continue;
        }
        AnonymisationEntry e;
        e.original = c.original;
        e.kind = Kind::Other;
        e.replacement = nextPerson();
        for (const QString &part : c.original.split(u' '))
            partReplacement.insert(part.toLower(), e.replacement);
        proposed.append(e);
    }
    for (const Candidate &c : candidates) {
        if (!c.midSentence || (c.seen < 2 && !c.titled) || known(c.original))
            continue;
        AnonymisationEntry e;
        e.original = c.original;
        e.kind = c.kind;
        if (c.kind == Kind::Place) {
            const int n = placeCounts[c.placeWord]++;
            e.replacement
                = n == 0 ? QCoreApplication::translate("casebench", "the %1").arg(c.placeWord)
                         : u"%1 %2"_s.arg(c.placeWord, personLetter(n));
        } else if (const auto part = partReplacement.constFind(c.original.toLower());
                   part != partReplacement.cend()) {
            e.replacement = part.value();
        } else {
            e.replacement = nextPerson();
        }
        proposed.append(e);
    }
    for (const auto &[value, replacement] : std::as_const(identifiers)) {
        if (known(value))
            continue;
        AnonymisationEntry e;
        e.original = value;
        e.kind = Kind::Identifier;
        e.replacement = replacement;
        proposed.append(e);
    }

    // Occurrences as apply() counts them, each entry on its own.
    QList<AnonymisationSuggestion> suggestions;
    for (const AnonymisationEntry &e : std::as_const(proposed)) {
        AnonymisationEntry probe = e;
        probe.confirmed = true;
        const Anonymiser single({probe});
        int occurrences = 0;
        for (const QString &text : texts)
            occurrences += single.count(text);
        if (occurrences > 0)
            suggestions.append({e, occurrences});
    }
    return suggestions;
}

} // namespace casebench
