// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fictional decision the import fixtures write (importfixtures.h), as text blocks and as
// the XML parts of a DOCX and an ODT. Everything here was written for Casebench's tests: the
// tribunal, the registrant and the events are invented.

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace casebench::testfixtures {

/// One paragraph or heading of a generated decision.
struct DecisionBlock
{
    QString text;   ///< as printed, numbering included ("12. The panel …", "(a) on …")
    QString number; ///< "12" for numbered paragraphs, else empty
    bool heading = false;
};

/// The fixed parts of a generated decision.
struct DecisionText
{
    QString title;
    QString header;
    QStringList stageHeadings;
};

inline DecisionText decisionText(quint32 seed)
{
    DecisionText d;
    const QString reference = QStringLiteral("FHT-%1").arg(10000 + seed % 90000);
    d.title = QStringLiteral("Fictional Health Tribunal decision %1").arg(reference);
    d.header = QStringLiteral("Fictional Health Tribunal | %1 | Sam Placeholder").arg(reference);
    d.stageHeadings = {
        QStringLiteral("Allegation"),
        QStringLiteral("Background"),
        QStringLiteral("Decision on facts"),
        QStringLiteral("Decision on grounds"),
        QStringLiteral("Decision on impairment"),
        QStringLiteral("Decision on sanction"),
        QStringLiteral("Order"),
        QStringLiteral("Notes"),
    };
    return d;
}

/// A sentence of invented panel reasoning; long words are there to be hyphenated.
inline QString fixtureSentence(QRandomGenerator &random)
{
    static const QStringList subjects{
        QStringLiteral("The panel"),         QStringLiteral("The committee"),
        QStringLiteral("The registrant"),    QStringLiteral("The witness for the regulator"),
        QStringLiteral("The legal adviser"), QStringLiteral("The presenting officer"),
    };
    static const QStringList verbs{
        QStringLiteral("considered"), QStringLiteral("accepted"), QStringLiteral("weighed"),
        QStringLiteral("noted"),      QStringLiteral("reviewed"), QStringLiteral("explained"),
    };
    static const QStringList objects{
        QStringLiteral("the documentary evidence concerning the medication administration records"),
        QStringLiteral("the representations about proportionality and the public interest"),
        QStringLiteral("the reflective statement and the accompanying testimonials"),
        QStringLiteral("the circumstances surrounding the unauthorised disclosure of information"),
        QStringLiteral("the chronology of the supervision arrangements at the placement"),
        QStringLiteral("the extent of the remediation undertaken since the incidents"),
        QStringLiteral("the characterisation of the conduct as falling seriously short"),
        QStringLiteral("the recommendations of the independent occupational assessment"),
    };
    static const QStringList endings{
        QStringLiteral("with considerable care"),
        QStringLiteral("in reaching its determination"),
        QStringLiteral("before the adjournment"),
        QStringLiteral("throughout the proceedings"),
        QStringLiteral("notwithstanding the difficulties described"),
        QStringLiteral("as required by the indicative sanctions guidance"),
    };
    const auto pick = [&random](const QStringList &list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
    };
    return pick(subjects) + u' ' + pick(verbs) + u' ' + pick(objects) + u' ' + pick(endings) + u'.';
}

/// The blocks of a decision with `paragraphs` numbered paragraphs spread over its stages.
inline QList<DecisionBlock> decisionBlocks(const DecisionText &d, int paragraphs, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<DecisionBlock> blocks{
        {QStringLiteral("FICTIONAL HEALTH TRIBUNAL"), {}, true},
        {QStringLiteral("Conduct and Competence Committee final hearing"), {}, false},
        {QStringLiteral("Registrant: Sam Placeholder, a fictional paramedic"), {}, false},
        {QStringLiteral("Decision date: 14 March 2025"), {}, false},
    };
    int number = 0;
    const auto numbered = [&](const QString &text) {
        ++number;
        blocks.append({QString::number(number) + QStringLiteral(". ") + text,
                       QString::number(number), false});
    };
    const auto body = [&random] {
        QString text = fixtureSentence(random);
        const int more = 2 + static_cast<int>(random.bounded(3u));
        for (int i = 0; i < more; ++i)
            text += u' ' + fixtureSentence(random);
        return text;
    };
    const qsizetype middle = d.stageHeadings.size() - 3; // Allegation … Decision on impairment
    for (qsizetype s = 0; s < d.stageHeadings.size(); ++s) {
        blocks.append({d.stageHeadings.at(s), {}, true});
        if (s == 0) {
            numbered(QStringLiteral("The allegation against the registrant was as follows."));
            blocks.append({QStringLiteral("(a) On 3 May 2023 you did not record the "
                                          "administration of a controlled drug."),
                           {},
                           false});
            blocks.append({QStringLiteral("(b) On 4 May 2023 you left a patient without "
                                          "appropriate supervision."),
                           {},
                           false});
        }
        if (s == d.stageHeadings.size() - 2) {
            numbered(QStringLiteral("The panel directs the Registrar to suspend the "
                                    "registrant's registration for a period of 6 months."));
            continue;
        }
        if (s == d.stageHeadings.size() - 1) {
            numbered(QStringLiteral("The registrant may appeal against this order within 28 "
                                    "days."));
            continue;
        }
        const int share = paragraphs / static_cast<int>(middle + 1)
                          + (s < paragraphs % (middle + 1) ? 1 : 0);
        for (int i = 0; i < share; ++i)
            numbered(body());
    }
    return blocks;
}

inline QByteArray docxContentTypes()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)x";
}

inline QByteArray docxRels()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)x";
}

inline QByteArray docxCore()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>Fictional Tribunal decision FHT-00042</dc:title>
</cp:coreProperties>)x";
}

/// word/document.xml: heading, numbered list 1./(a)/(b), roman list i./ii., a table and a
/// footnote reference.
inline QByteArray docxDocument()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Decision on facts</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">The panel heard from two </w:t></w:r><w:r><w:t>fictional witnesses.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Particular one was found proved.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Particular two was not proved.</w:t></w:r><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>The panel then considered grounds.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Decision on sanction</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>No further action was considered.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>A caution order was considered.</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Sanction</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Months</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Suspension</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>The order takes effect</w:t></w:r><w:r><w:tab/><w:t>today.</w:t></w:r></w:p>
<w:sectPr/>
</w:body>
</w:document>)x";
}

inline QByteArray docxNumbering()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>)x";
}

inline QByteArray docxStyles()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
</w:styles>)x";
}

inline QByteArray docxFootnotes()
{
    return R"x(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Both witnesses are invented for this test.</w:t></w:r></w:p></w:footnote>
</w:footnotes>)x";
}

inline QByteArray odtManifest()
{
    return R"x(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>)x";
}

inline QByteArray odtMeta()
{
    return R"x(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
<office:meta><dc:title>Fictional Tribunal decision FHT-00043</dc:title></office:meta>
</office:document-meta>)x";
}

/// styles.xml holds the roman list style; content.xml's automatic styles hold the other.
inline QByteArray odtStyles()
{
    return R"x(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:styles>
<text:list-style style:name="Roman">
<text:list-level-style-number text:level="1" style:num-format="i" style:num-suffix="."/>
</text:list-style>
</office:styles>
</office:document-styles>)x";
}

inline QByteArray odtContent()
{
    return R"x(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
<office:automatic-styles>
<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
<text:list-level-style-number text:level="2" style:num-format="a" style:num-prefix="(" style:num-suffix=")"/>
</text:list-style>
</office:automatic-styles>
<office:body>
<office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:h text:outline-level="1">Decision on facts</text:h>
<text:list text:style-name="L1">
<text:list-item><text:p>The panel heard from two <text:span>fictional witnesses.</text:span><text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Both witnesses are invented for this test.</text:p></text:note-body></text:note></text:p>
<text:list>
<text:list-item><text:p>Particular one was found proved.</text:p></text:list-item>
<text:list-item><text:p>Particular two was<text:s/>not proved.</text:p></text:list-item>
</text:list>
</text:list-item>
</text:list>
<text:p>A paragraph between the lists.</text:p>
<text:list text:style-name="L1" text:continue-numbering="true">
<text:list-item><text:p>The panel then considered grounds.</text:p></text:list-item>
</text:list>
<text:h text:outline-level="1">Decision on sanction</text:h>
<text:list text:style-name="Roman">
<text:list-item><text:p>No further action was considered.</text:p></text:list-item>
<text:list-item><text:p>A caution order was considered.</text:p></text:list-item>
</text:list>
<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Sanction</text:p></table:table-cell><table:table-cell><text:p>Months</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Suspension</text:p></table:table-cell><table:table-cell><text:p>6</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>The order takes effect<text:tab/>today.</text:p>
</office:text>
</office:body>
</office:document-content>)x";
}

} // namespace casebench::testfixtures
