// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a written PDF back through Poppler: its text and its document information.

#include <poppler-qt6.h>

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace casebench::test {

struct PdfContents
{
    bool loaded = false;
    int pages = 0;
    QString text;     ///< every page's text, pages separated by a line break
    QStringList info; ///< Title, Author, Subject, Keywords, Creator (absent ones empty)
    QString title;
    QString creator;
    QByteArray bytes; ///< the file as written
};

inline PdfContents readPdf(const QString &path)
{
    PdfContents c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    c.bytes = file.readAll();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(c.bytes);
    if (!document || document->isLocked())
        return c;
    c.loaded = true;
    c.pages = document->numPages();
    for (int i = 0; i < c.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            c.text += page->text(QRectF()) + QLatin1Char('\n');
    }
    // Ligatures come out as one character ("ﬁ"): compatibility-normalise, as a reader's search
    // does.
    c.text = c.text.normalized(QString::NormalizationForm_KC);
    for (const char *key : {"Title", "Author", "Subject", "Keywords", "Creator"})
        c.info.append(document->info(QString::fromLatin1(key)));
    c.title = document->info(QStringLiteral("Title"));
    c.creator = document->info(QStringLiteral("Creator"));
    return c;
}

/// The text with every run of whitespace removed, for matching across line breaks.
inline QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        if (!ch.isSpace())
            out.append(ch);
    }
    return out;
}

} // namespace casebench::test
