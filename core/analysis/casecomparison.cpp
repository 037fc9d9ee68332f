// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecomparison.h"

#include "textsimilarity.h"

#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// A paragraph (or a sentence of a long paragraph) with its word counts.
struct Unit
{
    DocumentId document;
    int start = 0;
    int end = 0;
    QHash<QString, int> terms;
    double norm = 0;
};

constexpr int longParagraphWords = 80;

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

void addUnit(const Document &d, int start, int end, int minimumWords, QList<Unit> &units)
{
    // Trim surrounding white space so that the span is what a reader sees.
    while (start < end && d.text.at(start).isSpace())
        ++start;
    while (end > start && d.text.at(end - 1).isSpace())
        --end;
    const QStringView text = QStringView(d.text).mid(start, end - start);
    if (wordCount(text) < minimumWords)
        return;
    Unit u;
    u.document = d.id;
    u.start = start;
    u.end = end;
    u.terms = TextSimilarity::termCounts(text.toString());
    double sum = 0;
    for (int n : std::as_const(u.terms))
        sum += double(n) * n;
    u.norm = std::sqrt(sum);
    if (u.norm > 0)
        units.append(std::move(u));
}

/// Paragraphs split at line breaks; a long paragraph is split into sentences.
QList<Unit> unitsOf(const QList<Document> &documents, int minimumWords)
{
    QList<Unit> units;
    for (const Document &d : documents) {
        const int length = static_cast<int>(d.text.size());
        int start = 0;
        while (start < length) {
            int end = static_cast<int>(d.text.indexOf(u'\n', start));
            if (end < 0)
                end = length;
            if (wordCount(QStringView(d.text).mid(start, end - start)) > longParagraphWords) {
                int s = start;
                for (int i = start; i < end; ++i) {
                    const QChar c = d.text.at(i);
                    if ((c == u'.' || c == u'?' || c == u'!')
                        && (i + 1 == end || d.text.at(i + 1).isSpace())) {
                        addUnit(d, s, i + 1, minimumWords, units);
                        s = i + 1;
                    }
                }
                addUnit(d, s, end, minimumWords, units);
            } else {
                addUnit(d, start, end, minimumWords, units);
            }
            start = end + 1;
        }
    }
    return units;
}

CaseComparison::Span spanOf(const Unit &u, const QList<Document> &documents)
{
    CaseComparison::Span s;
    s.document = u.document;
    s.start = u.start;
    s.end = u.end;
    for (const Document &d : documents) {
        if (d.id == u.document)
            s.text = d.text.mid(u.start, u.end - u.start);
    }
    return s;
}

CaseProfile requireProfile(Library &library, CaseId id)
{
    auto profile = CaseProfile::load(library, id);
    if (!profile) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            QCoreApplication::translate("casebench", "There is no case with id %1 to compare.")
                .arg(id.value));
    }
    return *profile;
}

} // namespace

QList<CaseComparison::LinkedPassage> CaseComparison::linkPassages(const QList<Document> &left,
                                                                  const QList<Document> &right,
                                                                  const Options &options)
{
    const QList<Unit> a = unitsOf(left, options.minimumWords);
    const QList<Unit> b = unitsOf(right, options.minimumWords);
    // An inverted index of the right side, so that only units sharing words are compared.
    QHash<QString, QList<std::pair<qsizetype, int>>> postings;
    for (qsizetype j = 0; j < b.size(); ++j) {
        for (auto it = b.at(j).terms.cbegin(); it != b.at(j).terms.cend(); ++it)
            postings[it.key()].append({j, it.value()});
    }
    struct Pair
    {
        double similarity;
        qsizetype left;
        qsizetype right;
    };
    QList<Pair> pairs;
    QHash<qsizetype, double> dots;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dots.clear();
        for (auto it = a.at(i).terms.cbegin(); it != a.at(i).terms.cend(); ++it) {
            const auto p = postings.constFind(it.key());
            if (p == postings.cend())
                continue;
            for (const auto &[j, n] : *p)
                dots[j] += double(it.value()) * n;
        }
        for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
            const double cosine = it.value() / (a.at(i).norm * b.at(it.key()).norm);
            if (cosine >= options.minimumSimilarity)
                pairs.append({std::min(cosine, 1.0), i, it.key()});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        if (x.similarity != y.similarity)
            return x.similarity > y.similarity;
        return x.left != y.left ? x.left < y.left : x.right < y.right;
    });
    // Best pairs first, each unit linked once.
    QList<LinkedPassage> links;
    QSet<qsizetype> usedLeft;
    QSet<qsizetype> usedRight;
    for (const Pair &p : std::as_const(pairs)) {
        if (links.size() >= options.maximumLinks)
            break;
        if (usedLeft.contains(p.left) || usedRight.contains(p.right))
            continue;
        usedLeft.insert(p.left);
        usedRight.insert(p.right);
        links.append({spanOf(a.at(p.left), left), spanOf(b.at(p.right), right), p.similarity});
    }
    return links;
}

CaseComparison CaseComparison::compare(Library &library, CaseId left, CaseId right)
{
    return compare(library, left, right, Options());
}

CaseComparison CaseComparison::compare(Library &library, CaseId left, CaseId right,
                                       const Options &options)
{
    CaseComparison c;
    c.m_left = requireProfile(library, left);
    c.m_right = requireProfile(library, right);
    c.m_leftDocuments = library.documents().forCase(left, true);
    c.m_rightDocuments = library.documents().forCase(right, true);

    QHash<FactorId, QList<Passage>> leftPassages;
    QHash<FactorId, QList<Passage>> rightPassages;
    for (const Passage &p : library.passages().forCase(left))
        leftPassages[p.factor].append(p);
    for (const Passage &p : library.passages().forCase(right))
        rightPassages[p.factor].append(p);

    const QList<Factor> codebook = library.codebook().all();
    for (FactorCategory category : enumValues<FactorCategory>()) {
        FactorGroup group;
        group.category = category;
        for (const Factor &f : codebook) {
            if (f.category != category
                || (!leftPassages.contains(f.id) && !rightPassages.contains(f.id)))
                continue;
            group.rows.append({f, leftPassages.value(f.id), rightPassages.value(f.id)});
        }
        if (!group.rows.isEmpty())
            c.m_groups.append(group);
    }
    c.m_links = linkPassages(c.m_leftDocuments, c.m_rightDocuments, options);
    return c;
}

QList<CaseComparison::FactorRow> CaseComparison::rows() const
{
    QList<FactorRow> all;
    for (const FactorGroup &g : m_groups)
        all += g.rows;
    return all;
}

CaseComparison CaseComparison::swapped() const
{
    CaseComparison c;
    c.m_left = m_right;
    c.m_right = m_left;
    c.m_leftDocuments = m_rightDocuments;
    c.m_rightDocuments = m_leftDocuments;
    c.m_groups = m_groups;
    for (FactorGroup &g : c.m_groups) {
        for (FactorRow &r : g.rows)
            std::swap(r.left, r.right);
    }
    for (const LinkedPassage &l : m_links)
        c.m_links.append({l.right, l.left, l.similarity});
    return c;
}

} // namespace casebench
