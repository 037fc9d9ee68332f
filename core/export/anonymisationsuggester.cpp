// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationsuggester.h"

#include "anonymisationlist.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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
    QString placeWord;          ///< for places: "Hospital"
    int seen = 0;
    bool midSentence = false;   ///< seen at least once not opening a sentence
    bool titled = false;        ///< seen at least once after a title
    qsizetype order = 0;        ///< first appearance
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
    static const QSet<QString> titles{u"mr"_s,   u"mrs"_s,  u"ms"_s,        u"miss"_s,
                                      u"mx"_s,   u"dr"_s,   u"prof"_s,      u"professor"_s,
                                      u"nurse"_s, u"sister"_s};
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
    while (i >= 0 && (text.at(i).isSpace() || text.at(i) == u'"' || text.at(i) == u'('
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

class Collector
{
public:
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

QList<AnonymisationSuggestion>
AnonymisationSuggester::suggest(const QStringList &texts,
                                const QList<AnonymisationEntry> &existing)
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
            e.replacement = n == 0 ? QCoreApplication::translate("casebench", "the %1").arg(c.placeWord)
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
