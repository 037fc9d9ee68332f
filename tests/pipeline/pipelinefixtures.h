// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fictional decisions written by the pipeline tests: no real case, person or hearing.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>

namespace casebench::test {

/// A short HCPTS-style final hearing decision; `n` makes the reference and wording unique.
inline QString decisionText(int n, int extraParagraphs = 0)
{
    QString text
        = QStringLiteral(
              "Health and Care Professions Tribunal Service\n\n"
              "Conduct and Competence Committee\n\n"
              "Final Hearing\n\n"
              "Name of registrant: Alex Placeholder %1\n\n"
              "Registration number: PA%2\n\n"
              "Profession: Paramedic\n\n"
              "Date of hearing: 14 April 2026\n\n"
              "Hearing outcome: Suspension order for 12 months\n\n"
              "Allegation\n\n"
              "1. While registered as a Paramedic you did not record a patient assessment on %1 June 2025.\n\n"
              "2. Your conduct at particular 1 amounts to misconduct.\n\n"
              "Decision on facts\n\n"
              "3. The Panel found particular 1 proved.\n\n"
              "Decision on grounds\n\n"
              "4. The Panel found that the facts proved amount to misconduct.\n\n"
              "Decision on impairment\n\n"
              "5. The Panel found that the Registrant's fitness to practise is currently impaired.\n\n"
              "Decision on sanction\n\n"
              "6. The Panel decided to impose a Suspension Order for 12 months.\n\n")
              .arg(n)
              .arg(90000 + n, 5, 10, QLatin1Char('0'));
    for (int i = 0; i < extraParagraphs; ++i) {
        text += QStringLiteral("%1. The Panel considered the submissions made on behalf of the "
                               "Registrant in matter %2, item %3, with care.\n\n")
                    .arg(7 + i)
                    .arg(n)
                    .arg(i);
    }
    text += QStringLiteral("Order\n\nThe Registrar is directed to suspend the registration of "
                           "Alex Placeholder %1 for a period of 12 months.\n")
                .arg(n);
    return text;
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write a fixture");
    file.write(bytes);
    return path;
}

inline QString writeText(const QString &path, const QString &text)
{
    return writeFile(path, text.toUtf8());
}

/// The decision as a saved web page, with navigation and a script that must not be imported.
inline QString decisionHtml(int n)
{
    QString body;
    const QStringList paragraphs = decisionText(n).split(QStringLiteral("\n\n"),
                                                         Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        const bool heading = !p.front().isDigit() && p.size() < 40 && !p.contains(u':');
        body += heading ? QStringLiteral("<h2>%1</h2>\n").arg(p.toHtmlEscaped())
                        : QStringLiteral("<p>%1</p>\n").arg(p.toHtmlEscaped());
    }
    return QStringLiteral("<!DOCTYPE html><html><head><title>Decision %1</title>"
                          "<script>var tracking = 1;</script></head><body>"
                          "<nav><a href=\"/\">Home</a></nav><main>%2</main></body></html>")
        .arg(n)
        .arg(body);
}

/// The decision as Markdown, headings marked with '#'.
inline QString decisionMarkdown(int n)
{
    QString text = decisionText(n);
    for (const QString &heading :
         {QStringLiteral("Allegation"), QStringLiteral("Decision on facts"),
          QStringLiteral("Decision on sanction"), QStringLiteral("Order")})
        text.replace(QStringLiteral("\n\n%1\n\n").arg(heading),
                     QStringLiteral("\n\n## %1\n\n").arg(heading));
    return text;
}

} // namespace casebench::test
