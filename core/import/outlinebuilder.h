// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to OutlineDetector: the state of one pass over a decision's lines.
#pragma once

#include "model/outline.h"
#include "paragraphmarker.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <utility>

namespace casebench::detail {

using paragraphmarker::Marker;

enum class LineClass { Blank, Furniture, MarkerOnly, Content };

struct Line
{
    int start = 0; ///< first non-space character
    int end = 0;   ///< one past the last non-space character
    QString text;  ///< trimmed
    LineClass cls = LineClass::Blank;
    std::optional<Marker> marker;
};

struct Draft
{
    int start = 0;
    int end = 0;
    QStringList parts;
    std::optional<Marker> marker;
    bool heading = false;
    std::optional<DecisionStage> headingStage;
    bool field = false;
    QString lastLine;
};

bool endsSentence(QStringView s);
bool startsLower(QStringView s);
bool startsCapital(QStringView s);
qsizetype wordCount(QStringView s);
/// "Hearing outcome:" alone on its line.
const QRegularExpression &labelPattern();
/// "Date of hearing: 3 July 2026".
const QRegularExpression &inlineFieldPattern();

class OutlineBuilder
{
public:
    OutlineBuilder(const QString &text, const QList<int> &pageStarts)
        : m_text(text), m_pageStarts(pageStarts)
    {}

    /// The outline: lines classified, grouped into paragraphs, stages and references assigned.
    Outline run();

private:
    void splitLines();
    void markFurniture();
    int typicalWidth() const;
    void group();
    qsizetype handleContent(qsizetype i);
    bool startsNewParagraph(qsizetype i) const;
    bool markerStartsParagraph(qsizetype i) const;
    std::optional<DecisionStage> headingStage(qsizetype i) const;
    bool isGenericHeading(qsizetype i) const;
    bool isTitleLine(qsizetype i) const;
    bool atBoundary() const;
    qsizetype nextContent(qsizetype i) const;
    bool isLabel(qsizetype i) const;
    bool isInlineField(qsizetype i) const;
    qsizetype labelLine(qsizetype i);
    qsizetype inlineFieldLine(qsizetype i);
    void addField(const QString &label, qsizetype first, qsizetype last);
    void begin(qsizetype i, int start);
    void append(qsizetype i);
    void close();
    QList<OutlineParagraph> finish() const;
    QList<Redaction> findRedactions() const;
    std::optional<int> pageOf(int offset) const;

    const QString &m_text;
    const QList<int> &m_pageStarts;
    QList<Line> m_lines;
    QList<Draft> m_drafts;
    QList<OutlineField> m_fields;
    std::optional<Draft> m_current;
    std::optional<qsizetype> m_pendingMarker; ///< a line holding only a paragraph number
    bool m_gap = false;
    bool m_gapHadFurniture = false;
    bool m_frontMatter = true;
    int m_width = 80;
};

} // namespace casebench::detail
