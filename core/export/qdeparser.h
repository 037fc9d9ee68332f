// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/export: the project.qde parser behind QdpxReader.

#include "import/documentreader.h"
#include "import/packagexml.h"
#include "qdpxproject.h"
#include "refiqda.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace casebench::qdpxparsing {

using namespace Qt::StringLiterals;

/// Thrown inside the parser; turned into a LibraryError naming the file.
struct ParseFailure
{
    QString problem;
};

/// Reads project.qde into a QdpxProject: namespace-aware, within the nesting and element-count
/// limits, every GUID checked for syntax and for uniqueness among elements of its kind. Resolving
/// references and loading source texts is left to QdpxReader, which has the archive.
class QdeParser
{
    Q_DECLARE_TR_FUNCTIONS(casebench::qdpxparsing::QdeParser)

public:
    /// A reference to another element by GUID.
    struct Ref
    {
        QString guid;
        QString element; ///< "CodeRef", "SourceRef" or "NoteRef"
        qint64 line = 0;
    };

    QdeParser(const QByteArray &xml, const ImportLimits &limits) : m_xml(xml), m_limits(limits) {}

    QdpxProject parse()
    {
        // The prolog through the shared guard: a DTD is refused at its token, before any entity
        // it declares could be expanded.
        packagexml::XmlGuard prolog(m_limits.maxHtmlDepth, m_limits.maxTextCharacters);
        while (!m_xml.atEnd() && !m_xml.isStartElement()) {
            m_xml.readNext();
            if (!prolog.track(m_xml))
                fail(packagexml::limitProblem(u"project.qde"_s, prolog));
        }
        if (!m_xml.isStartElement())
            fail(m_xml.hasError() ? xmlProblem() : tr("project.qde holds no element"));
        if (m_xml.name() != u"Project"_s || m_xml.namespaceUri() != refiqda::projectNamespace) {
            fail(tr("project.qde’s root element is <%1> in namespace “%2”, not <Project> in “%3”")
                     .arg(m_xml.name(), m_xml.namespaceUri(), refiqda::projectNamespace));
        }
        const QXmlStreamAttributes a = m_xml.attributes();
        m_project.name = a.value(u"name"_s).toString();
        m_project.origin = a.value(u"origin"_s).toString();
        m_project.creatingUser = a.value(u"creatingUserGUID"_s).toString();
        m_project.created = dateTime(a, u"creationDateTime"_s);
        m_basePath = a.value(u"basePath"_s).toString();
        children(0, [this](int depth) {
            const QStringView n = m_xml.name();
            if (n == u"Users")
                children(depth, [this](int d) { element(u"User", d, [this](int) { user(); }); });
            else if (n == u"CodeBook")
                children(depth,
                         [this](int d) { element(u"Codes", d, [this](int x) { codes(x); }); });
            else if (n == u"Variables")
                children(depth,
                         [this](int d) { element(u"Variable", d, [this](int) { variable(); }); });
            else if (n == u"Cases")
                children(depth,
                         [this](int d) { element(u"Case", d, [this](int x) { caseElement(x); }); });
            else if (n == u"Sources")
                children(depth, [this](int d) { sourceElement(d); });
            else if (n == u"Notes")
                children(depth, [this](int d) { element(u"Note", d, [this](int x) { note(x); }); });
            else
                skip();
        });
        if (m_xml.hasError())
            fail(xmlProblem());
        return m_project;
    }

    [[nodiscard]] QString basePath() const { return m_basePath; }
    /// Characters of element text (descriptions, inline source and note texts) read.
    [[nodiscard]] qint64 textRead() const { return m_text; }
    /// Sources whose text is to be loaded from a path, by index into m_project.sources.
    [[nodiscard]] const QHash<qsizetype, qint64> &sourceLines() const { return m_sourceLines; }
    [[nodiscard]] const QHash<QString, qint64> &noteLines() const { return m_noteLines; }
    /// Every CodeRef, SourceRef and NoteRef met, to be resolved once all is read.
    [[nodiscard]] const QList<Ref> &refs() const { return m_refs; }
    /// The line of each PlainTextSelection, by GUID, for messages.
    [[nodiscard]] const QHash<QString, qint64> &selectionLines() const { return m_selectionLines; }

private:
    using Variable = QdpxProject::Variable;

    [[noreturn]] void fail(const QString &problem) { throw ParseFailure{problem}; }

    QString xmlProblem() const
    {
        return tr("project.qde is not well-formed XML (line %1: %2)")
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    }

    QString where() const
    {
        return tr("<%1> on line %2 of project.qde").arg(m_xml.name()).arg(m_xml.lineNumber());
    }

    /// Calls `each` for every child element of the current one, within the limits.
    template <typename F>
    void children(int depth, F each)
    {
        if (depth + 1 > m_limits.maxHtmlDepth) {
            fail(tr("project.qde nests elements more than %1 deep (line %2)")
                     .arg(m_limits.maxHtmlDepth)
                     .arg(m_xml.lineNumber()));
        }
        while (m_xml.readNextStartElement()) {
            if (++m_elements > QdpxReader::maxElements) {
                fail(tr("project.qde holds more than %1 elements, the limit")
                         .arg(QdpxReader::maxElements));
            }
            if (m_xml.namespaceUri() != refiqda::projectNamespace) {
                skip(); // another tool's extension
                continue;
            }
            each(depth + 1);
        }
        if (m_xml.hasError())
            fail(xmlProblem());
    }

    template <typename F>
    void element(QStringView expected, int depth, F handle)
    {
        if (m_xml.name() == expected)
            handle(depth);
        else
            skip();
    }

    void skip()
    {
        // Unknown elements are passed over, but their nesting and size still count.
        int depth = 0;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (++depth > m_limits.maxHtmlDepth || ++m_elements > QdpxReader::maxElements)
                    fail(tr("project.qde nests or holds too many elements (line %1)")
                             .arg(m_xml.lineNumber()));
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
            }
        }
        if (m_xml.hasError())
            fail(xmlProblem());
    }

    QString guid(const QXmlStreamAttributes &a, const QString &name = QStringLiteral("guid"))
    {
        const QString value = a.value(name).toString().trimmed();
        if (value.isEmpty())
            fail(tr("%1 has no %2 attribute").arg(where(), name));
        if (!refiqda::isGuid(value))
            fail(tr("%1 has a %2 “%3” that is not a GUID").arg(where(), name, value));
        const QString normal = refiqda::normalisedGuid(value);
        return normal;
    }

    QString declare(const QXmlStreamAttributes &a)
    {
        // GUIDs must be unique among elements of a kind (references are typed); tools are
        // not held to more than that.
        const QString g = guid(a);
        const QString key = m_xml.name().toString() + u':' + g;
        if (m_guids.contains(key))
            fail(tr("%1 uses the GUID %2, which another element already has").arg(where(), g));
        m_guids.insert(key);
        return g;
    }

    QString optionalGuid(const QXmlStreamAttributes &a, const QString &name)
    {
        return a.hasAttribute(name) && !a.value(name).trimmed().isEmpty() ? guid(a, name)
                                                                          : QString();
    }

    QDateTime dateTime(const QXmlStreamAttributes &a, const QString &name)
    {
        if (!a.hasAttribute(name))
            return {};
        QDateTime dt = QDateTime::fromString(a.value(name).trimmed().toString(), Qt::ISODateWithMs);
        return dt.isValid() ? dt.toUTC() : QDateTime();
    }

    qsizetype position(const QXmlStreamAttributes &a, const QString &name)
    {
        if (!a.hasAttribute(name))
            fail(tr("%1 has no %2 attribute").arg(where(), name));
        bool ok = false;
        const qlonglong value = a.value(name).trimmed().toLongLong(&ok);
        if (!ok || value < 0)
            fail(tr("%1 has a %2 “%3” that is not a position").arg(where(), name, a.value(name)));
        return static_cast<qsizetype>(value);
    }

    QString text()
    {
        const qint64 line = m_xml.lineNumber();
        const QString t = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (m_xml.hasError())
            fail(xmlProblem());
        m_text += t.size();
        if (t.size() > m_limits.maxTextCharacters || m_text > m_limits.maxProjectTextCharacters) {
            fail(tr("project.qde holds more text than the limit (%1 characters for one element, "
                    "%2 for the project) in the element on line %3")
                     .arg(m_limits.maxTextCharacters)
                     .arg(m_limits.maxProjectTextCharacters)
                     .arg(line));
        }
        return t;
    }

    QString targetRef()
    {
        const QString g = guid(m_xml.attributes(), u"targetGUID"_s);
        m_refs.append({g, m_xml.name().toString(), m_xml.lineNumber()});
        skip();
        return g;
    }

    void user()
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        m_project.users.append({declare(a), a.value(u"name"_s).toString()});
        skip();
    }

    void codes(int depth)
    {
        children(depth, [this](int d) { element(u"Code", d, [this](int x) { code({}, 0, x); }); });
    }

    void code(const QString &parent, int level, int depth)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        QdpxProject::Code c;
        c.guid = declare(a);
        c.name = a.value(u"name"_s).toString().trimmed();
        if (c.name.isEmpty())
            fail(tr("%1 has no name").arg(where()));
        c.codable = a.value(u"isCodable"_s) != u"false"_s && a.value(u"isCodable"_s) != u"0"_s;
        if (a.hasAttribute(u"color"_s))
            c.colour = QColor::fromString(a.value(u"color"_s).trimmed());
        c.parentGuid = parent;
        c.depth = level;
        const qsizetype index = m_project.codes.size();
        m_project.codes.append(c);
        children(depth, [&](int d) {
            if (m_xml.name() == u"Description")
                m_project.codes[index].description = text();
            else if (m_xml.name() == u"Code")
                code(c.guid, level + 1, d);
            else
                skip();
        });
    }

    void variable()
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        const QString g = declare(a);
        QdpxProject::Variable v;
        v.name = a.value(u"name"_s).toString();
        v.type = a.value(u"typeOfVariable"_s).toString();
        m_variables.insert(g, v);
        skip();
    }

    Variable variableValue(int depth)
    {
        QdpxProject::Variable v;
        bool found = false;
        const int line = static_cast<int>(m_xml.lineNumber());
        children(depth, [&](int) {
            if (m_xml.name() == u"VariableRef") {
                const QString g = guid(m_xml.attributes(), u"targetGUID"_s);
                const auto known = m_variables.constFind(g);
                if (known == m_variables.cend())
                    fail(
                        tr("<VariableRef> on line %1 of project.qde refers to %2, which is not a variable")
                            .arg(m_xml.lineNumber())
                            .arg(g));
                v.name = known->name;
                v.type = known->type;
                found = true;
                skip();
            } else if (m_xml.name().endsWith(u"Value")) {
                v.value = text();
            } else {
                skip();
            }
        });
        if (!found)
            fail(tr("<VariableValue> on line %1 of project.qde has no VariableRef").arg(line));
        return v;
    }

    void caseElement(int depth)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        QdpxProject::Case c;
        c.guid = declare(a);
        c.name = a.value(u"name"_s).toString();
        children(depth, [&](int d) {
            const QStringView n = m_xml.name();
            if (n == u"Description")
                c.description = text();
            else if (n == u"SourceRef")
                c.sourceGuids.append(targetRef());
            else if (n == u"VariableValue")
                c.variables.append(variableValue(d));
            else
                skip();
        });
        m_project.cases.append(c);
    }

    void sourceElement(int depth)
    {
        const QStringView n = m_xml.name();
        if (n == u"TextSource") {
            textSource(depth);
        } else if (n == u"PDFSource" || n == u"PictureSource" || n == u"AudioSource"
                   || n == u"VideoSource") {
            const QXmlStreamAttributes a = m_xml.attributes();
            m_project.skippedSourceGuids.append(declare(a));
            m_project.skippedSources.append(a.value(u"name"_s).toString());
            skip();
        } else {
            skip();
        }
    }

    void selection(QdpxProject::Source &source, int depth)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        QdpxProject::Selection s;
        s.guid = declare(a);
        s.name = a.value(u"name"_s).toString();
        s.start = position(a, u"startPosition"_s);
        s.end = position(a, u"endPosition"_s);
        if (s.end < s.start)
            fail(tr("%1 ends (%2) before it starts (%3)").arg(where()).arg(s.end).arg(s.start));
        s.creatingUser = optionalGuid(a, u"creatingUser"_s);
        s.created = dateTime(a, u"creationDateTime"_s);
        s.modifyingUser = optionalGuid(a, u"modifyingUser"_s);
        s.modified = dateTime(a, u"modifiedDateTime"_s);
        m_selectionLines.insert(s.guid, m_xml.lineNumber());
        children(depth, [&](int d) {
            const QStringView n = m_xml.name();
            if (n == u"Description") {
                s.description = text();
            } else if (n == u"Coding") {
                const QXmlStreamAttributes ca = m_xml.attributes();
                declare(ca);
                if (s.creatingUser.isEmpty())
                    s.creatingUser = optionalGuid(ca, u"creatingUser"_s);
                if (!s.created.isValid())
                    s.created = dateTime(ca, u"creationDateTime"_s);
                const int line = static_cast<int>(m_xml.lineNumber());
                bool coded = false;
                children(d, [&](int) {
                    if (m_xml.name() == u"CodeRef") {
                        s.codeGuids.append(targetRef());
                        coded = true;
                    } else if (m_xml.name() == u"NoteRef") {
                        s.noteGuids.append(targetRef());
                    } else {
                        skip();
                    }
                });
                if (!coded)
                    fail(tr("<Coding> on line %1 of project.qde has no CodeRef").arg(line));
            } else if (n == u"NoteRef") {
                s.noteGuids.append(targetRef());
            } else {
                skip();
            }
        });
        source.selections.append(s);
    }

    void textSource(int depth)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        QdpxProject::Source source;
        source.guid = declare(a);
        source.name = a.value(u"name"_s).toString();
        source.plainTextPath = a.value(u"plainTextPath"_s).toString();
        source.creatingUser = optionalGuid(a, u"creatingUser"_s);
        source.created = dateTime(a, u"creationDateTime"_s);
        const qint64 line = m_xml.lineNumber();
        bool inlineText = false;
        children(depth, [&](int d) {
            const QStringView n = m_xml.name();
            if (n == u"Description") {
                source.description = text();
            } else if (n == u"PlainTextContent") {
                source.text = text();
                inlineText = true;
            } else if (n == u"PlainTextSelection") {
                selection(source, d);
            } else if (n == u"VariableValue") {
                source.variables.append(variableValue(d));
            } else {
                skip();
            }
        });
        if (!inlineText) {
            if (source.plainTextPath.isEmpty())
                fail(
                    tr("<TextSource> “%1” on line %2 of project.qde has neither PlainTextContent nor a plainTextPath")
                        .arg(source.name)
                        .arg(line));
            m_sourceLines.insert(m_project.sources.size(), line);
        }
        m_project.sources.append(source);
    }

    void note(int depth)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        QdpxProject::Note n;
        n.guid = declare(a);
        n.name = a.value(u"name"_s).toString();
        const QString path = a.value(u"plainTextPath"_s).toString();
        bool inlineText = false;
        children(depth, [&](int) {
            if (m_xml.name() == u"PlainTextContent") {
                n.text = text();
                inlineText = true;
            } else {
                skip();
            }
        });
        if (!inlineText && !path.isEmpty()) {
            m_noteLines.insert(n.guid, m_xml.lineNumber());
            n.text = path; // loaded with the sources
        }
        m_project.notes.append(n);
    }

    QXmlStreamReader m_xml;
    ImportLimits m_limits;
    QdpxProject m_project;
    QString m_basePath;
    qint64 m_elements = 0;
    qint64 m_text = 0; ///< characters of element text read so far
    QSet<QString> m_guids;
    QHash<QString, QdpxProject::Variable> m_variables;
    QHash<qsizetype, qint64> m_sourceLines;
    QHash<QString, qint64> m_noteLines;
    QList<Ref> m_refs;
    QHash<QString, qint64> m_selectionLines;
};

} // namespace casebench::qdpxparsing
