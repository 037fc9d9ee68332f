// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymiser.h"

#include "anonymisationlist.h"
#include "model/libraryerror.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

struct Anonymiser::Compiled
{
    AnonymisationEntry entry;
    QRegularExpression pattern;
    QString probe; ///< ASCII start of the original: texts without it cannot match (a fast skip)
};

namespace {

// A name is a word when no letter, mark or digit touches it on either side. An underscore
// separates words, as in file names ("jane_smith_decision.pdf").
constexpr auto wordEdgeBefore = u"(?<![\\p{L}\\p{M}\\p{N}])";
constexpr auto wordEdgeAfter = u"(?![\\p{L}\\p{M}\\p{N}])";

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013);
}

bool isTitle(QStringView word)
{
    static const QStringList titles{u"mr"_s, u"mrs"_s, u"ms"_s,   u"miss"_s,
                                    u"mx"_s, u"dr"_s,  u"prof"_s, u"st"_s};
    return titles.contains(word.toString(), Qt::CaseInsensitive);
}

// What may hide inside a word without showing: invisible format characters (soft hyphen,
// zero-width space and joiners, word joiner, BOM: Unicode Cf) and a hyphen breaking the word,
// at the end of a line ("Smi-⏎th"), before a space or not ("Black-thorne" as an outline joins it).
constexpr auto hiddenGap = u"(?:\\p{Cf}|[-\\x{2010}\\x{2011}]\\s*)*";

/// Whether the text has anything hiddenGap matches, so that the ASCII probe cannot be trusted.
bool hasHiddenBreaks(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Format)
            return true;
        if (isHyphen(c) && i > 0 && text.at(i - 1).isLetter() && i + 1 < text.size()
            && (text.at(i + 1).isSpace() || text.at(i + 1).isLetter()))
            return true;
    }
    return false;
}

/// The pattern matching `original` as the class comment describes.
QString patternFor(const QString &original)
{
    const QString name = original.normalized(QString::NormalizationForm_C).simplified();
    QString pattern;
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isLetterOrNumber() && name.at(i - 1).isLetterOrNumber())
            pattern += QString::fromUtf16(hiddenGap);
        if (c.isSpace()) {
            // "Mr Smith" also matches "Mr. Smith".
            if (isTitle(QStringView(name).mid(wordStart, i - wordStart)))
                pattern += u"\\.?"_s;
            pattern += u"[\\s_\\p{Cf}]+"_s;
            wordStart = i + 1;
        } else if (isApostrophe(c)) {
            pattern += u"['\\x{2019}\\x{2018}\\x{02BC}]"_s;
        } else if (isHyphen(c)) {
            pattern += u"[-\\x{2010}\\x{2011}\\x{2013}]\\s*"_s;
        } else if (c.isHighSurrogate() && i + 1 < name.size()) {
            pattern += QRegularExpression::escape(name.mid(i, 2));
            ++i;
        } else {
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            if (decomposed.size() > 1) {
                pattern += u"(?:"_s + QRegularExpression::escape(QString(c)) + u'|'
                           + QRegularExpression::escape(decomposed) + u')';
            } else {
                pattern += QRegularExpression::escape(QString(c));
            }
        }
    }
    return pattern;
}

/// A person's name takes the title before it along: "Ms Smith" becomes "Person A", not
/// "Ms Person A".
bool takesTitle(const AnonymisationEntry &entry)
{
    using Kind = AnonymisationEntry::Kind;
    if (entry.kind == Kind::Place || entry.kind == Kind::Identifier)
        return false;
    const QString first = entry.original.simplified().section(u' ', 0, 0);
    return !isTitle(first.endsWith(u'.') ? QStringView(first).chopped(1) : QStringView(first));
}

/// A person's name of several words also written with initials: "J. Smith", "J Smith",
/// "J.A. Smith" for "Jane Anne Smith". The initials must be capitals. Empty for other names.
QString initialsPattern(const AnonymisationEntry &entry)
{
    using Kind = AnonymisationEntry::Kind;
    if (entry.kind == Kind::Place || entry.kind == Kind::Identifier)
        return {};
    QStringList parts = entry.original.normalized(QString::NormalizationForm_C)
                            .simplified()
                            .split(u' ', Qt::SkipEmptyParts);
    while (!parts.isEmpty()
           && isTitle(parts.constFirst().endsWith(u'.') ? QStringView(parts.constFirst()).chopped(1)
                                                        : QStringView(parts.constFirst())))
        parts.removeFirst();
    if (parts.size() < 2 || parts.constLast().size() < 2)
        return {};
    const auto initial = [](QChar c) -> QString {
        return u"(?-i:"_s + QRegularExpression::escape(QString(c.toUpper())) + u")"_s
               + u"(?:\\.[\\s_\\p{Cf}]*|[\\s_\\p{Cf}]+)"_s;
    };
    QString first = initial(parts.constFirst().at(0));
    QString all;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (!parts.at(i).at(0).isLetter())
            return {};
        all += initial(parts.at(i).at(0));
    }
    const QString surname = patternFor(parts.constLast());
    return first + surname + u'|' + all + surname;
}

QString fullPattern(const AnonymisationEntry &entry)
{
    const QString title
        = takesTitle(entry) ? u"(?:(?:mrs|mr|ms|miss|mx|dr|prof|professor|nurse|sister)\\.?\\s+)?"_s
                            : QString();
    const QString initials = initialsPattern(entry);
    return QString::fromUtf16(wordEdgeBefore) + u"(?:"_s + title + u"(?:"_s
           + patternFor(entry.original) + (initials.isEmpty() ? QString() : u'|' + initials)
           + u"))"_s + QString::fromUtf16(wordEdgeAfter);
}

QString probeFor(const QString &original)
{
    QString probe;
    for (const QChar c : original) {
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber())
            break;
        probe += c;
    }
    return probe;
}

/// Whether a replacement at `start` opens a sentence (so "the Registrant" becomes "The …").
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
    if (before == u'.' || before == u'!' || before == u'?') {
        // "Dr. Smith" is not a new sentence.
        qsizetype w = i;
        while (w > 0 && text.at(w - 1).isLetter())
            --w;
        return !isTitle(QStringView(text).mid(w, i - w));
    }
    // A new paragraph after a heading or a numbered line.
    return lineBreak && !before.isLetter() && before != u',' && before != u';';
}

QString adjustedReplacement(const AnonymisationEntry &entry, const QString &text, qsizetype start,
                            qsizetype end)
{
    const QString &replacement = entry.replacement;
    const QStringView matched = QStringView(text).mid(start, end - start);
    int letters = 0;
    bool allUpper = true;
    for (const QChar c : matched) {
        if (c.isLetter()) {
            ++letters;
            allUpper = allUpper && !c.isLower();
        }
    }
    // A name in capitals (a heading) where the list writes it otherwise.
    if (letters >= 2 && allUpper && entry.original != entry.original.toUpper())
        return replacement.toUpper();
    if (!replacement.isEmpty() && replacement.at(0).isLower() && !matched.isEmpty()
        && matched.at(0).isUpper() && opensSentence(text, start)) {
        return replacement.at(0).toUpper() + replacement.mid(1);
    }
    return replacement;
}

struct Span
{
    qsizetype end;
    qsizetype entry;
};

} // namespace

Anonymiser::Anonymiser(QList<AnonymisationEntry> entries)
{
    QList<Compiled> compiled;
    for (AnonymisationEntry &entry : entries) {
        if (!entry.confirmed || entry.original.trimmed().isEmpty())
            continue;
        QRegularExpression pattern(fullPattern(entry),
                                   QRegularExpression::CaseInsensitiveOption
                                       | QRegularExpression::UseUnicodePropertiesOption);
        // Compiled now, so that copies used from several threads only read it.
        pattern.optimize();
        Q_ASSERT(pattern.isValid());
        compiled.append({std::move(entry), std::move(pattern), QString()});
        // A name that may be written with initials is probed by its last word.
        const QString original = compiled.last().entry.original.simplified();
        compiled.last().probe = probeFor(initialsPattern(compiled.last().entry).isEmpty()
                                             ? original
                                             : original.section(u' ', -1));
    }
    std::stable_sort(compiled.begin(), compiled.end(), [](const Compiled &a, const Compiled &b) {
        return a.entry.original.simplified().size() > b.entry.original.simplified().size();
    });
    if (!compiled.isEmpty())
        m_compiled = QSharedPointer<const QList<Compiled>>::create(std::move(compiled));
}

Anonymiser Anonymiser::forCase(Library &library, CaseId id)
{
    const std::optional<Case> c = library.cases().find(id);
    if (!c) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            QCoreApplication::translate("casebench", "There is no case with id %1.").arg(id.value));
    }
    AnonymisationRepository &repository = library.anonymisation();
    return Anonymiser(anonymisation::effectiveList(*c, repository.forCase(id)));
}

bool Anonymiser::isEmpty() const
{
    return !m_compiled;
}

QList<AnonymisationEntry> Anonymiser::entries() const
{
    QList<AnonymisationEntry> list;
    if (m_compiled) {
        for (const Compiled &c : *m_compiled)
            list.append(c.entry);
    }
    return list;
}

QString Anonymiser::apply(const QString &text) const
{
    return applyMapped(text).text;
}

Anonymiser::Mapped Anonymiser::applyMapped(const QString &text) const
{
    Mapped mapped;
    if (!m_compiled || text.isEmpty()) {
        mapped.text = text;
        mapped.offsets = {{0, 0}, {int(text.size()), int(text.size())}};
        return mapped;
    }
    const QList<Claim> found = claims(text);
    const QList<Compiled> &compiled = *m_compiled;
    QString out;
    out.reserve(text.size());
    mapped.offsets.append({0, 0});
    qsizetype copied = 0;
    for (const Claim &claim : found) {
        out += QStringView(text).mid(copied, claim.start - copied);
        const QPair<int, int> startAnchor{int(claim.start), int(out.size())};
        if (mapped.offsets.constLast() != startAnchor)
            mapped.offsets.append(startAnchor);
        out += adjustedReplacement(compiled.at(claim.entry).entry, text, claim.start, claim.end);
        copied = claim.end;
        mapped.offsets.append({int(copied), int(out.size())});
    }
    out += QStringView(text).mid(copied);
    const QPair<int, int> endAnchor{int(text.size()), int(out.size())};
    if (mapped.offsets.constLast() != endAnchor)
        mapped.offsets.append(endAnchor);
    mapped.text = std::move(out);
    return mapped;
}

int Anonymiser::count(const QString &text) const
{
    return m_compiled ? int(claims(text).size()) : 0;
}

QList<Anonymiser::Claim> Anonymiser::claims(const QString &text) const
{
    // Longest originals claim their places first; a shorter one overlapping a claim is dropped.
    // Claims are disjoint, so the one starting last before a match's end is the only candidate.
    QMap<qsizetype, Span> claimed;
    const QList<Compiled> &compiled = *m_compiled;
    const bool hidden = hasHiddenBreaks(text);
    for (qsizetype e = 0; e < compiled.size(); ++e) {
        const Compiled &c = compiled.at(e);
        if (!hidden && !c.probe.isEmpty() && !text.contains(c.probe, Qt::CaseInsensitive))
            continue;
        QRegularExpressionMatchIterator it = c.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            auto after = claimed.lowerBound(end);
            if (after != claimed.begin() && std::prev(after).value().end > start)
                continue;
            claimed.insert(start, {end, e});
        }
    }
    QList<Claim> list;
    list.reserve(claimed.size());
    for (auto it = claimed.cbegin(); it != claimed.cend(); ++it)
        list.append({it.key(), it.value().end, it.value().entry});
    return list;
}

int Anonymiser::Mapped::map(int originalOffset) const
{
    if (offsets.isEmpty())
        return originalOffset;
    const int last = offsets.constLast().first;
    const int o = std::clamp(originalOffset, 0, last);
    // The last anchor at or before o, and the next one, which bounds the result.
    auto next = std::upper_bound(
        offsets.cbegin(), offsets.cend(), o,
        [](int value, const QPair<int, int> &a) { return value < a.first; });
    const QPair<int, int> &anchor = *std::prev(next);
    const int shifted = anchor.second + (o - anchor.first);
    return next == offsets.cend() ? shifted : std::min(shifted, next->second);
}

QString exportFileStem(const QString &reference, const Anonymiser *anonymiser)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\s]+"_s);
    QString stem = anonymiser ? anonymiser->apply(reference) + u"-anonymised"_s : reference;
    return stem.replace(unsafe, u"-"_s);
}

QString anonymisedFileStem(Library &library, CaseId id, const QString &reference)
{
    try {
        const Anonymiser anonymiser = Anonymiser::forCase(library, id);
        return exportFileStem(reference, &anonymiser);
    } catch (const LibraryError &) {
        return QCoreApplication::translate("casebench", "anonymised");
    }
}

} // namespace casebench
