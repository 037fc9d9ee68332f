// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxwriter.h"

#include "model/libraryerror.h"
#include "qdpxproject.h"
#include "refiqda.h"
#include "zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

const QString internalScheme = u"internal://"_s;

QString isoDateTime(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

/// The text without the characters XML 1.0 cannot carry (control characters other than tab and
/// line ends, unpaired surrogates, U+FFFE and U+FFFF), which would make the file unreadable.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r')
                             && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF;
        if (allowed)
            out.append(c);
    }
    return out;
}

QString internalPath(const QdpxProject::Source &source)
{
    return source.plainTextPath.startsWith(internalScheme)
               ? source.plainTextPath
               : internalScheme + source.guid + u".txt"_s;
}

class ProjectXml
{
public:
    explicit ProjectXml(const QdpxProject &project) : m_project(project), m_xml(&m_bytes)
    {
        collectVariables(project);
    }

    QByteArray write()
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(refiqda::projectNamespace.toString());
        m_xml.writeStartElement(u"Project"_s);
        m_xml.writeAttribute(u"name"_s, xmlSafe(m_project.name));
        attribute(u"origin"_s, m_project.origin);
        attribute(u"creatingUserGUID"_s, m_project.creatingUser);
        if (m_project.created.isValid())
            m_xml.writeAttribute(u"creationDateTime"_s, isoDateTime(m_project.created));
        writeUsers();
        writeCodeBook();
        writeVariables();
        writeCases();
        writeSources();
        writeNotes();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    void attribute(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            m_xml.writeAttribute(name, xmlSafe(value));
    }

    void textElement(const QString &name, const QString &text)
    {
        if (!text.isEmpty())
            m_xml.writeTextElement(name, xmlSafe(text));
    }

    void ref(const QString &element, const QString &guid)
    {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(u"targetGUID"_s, guid);
    }

    void collectVariables(const QdpxProject &project)
    {
        const auto collect = [this](const QList<QdpxProject::Variable> &variables) {
            for (const QdpxProject::Variable &v : variables) {
                if (m_variableGuids.contains(v.name))
                    continue;
                m_variableGuids.insert(v.name, refiqda::stableGuid(u"variable", v.name));
                m_variables.append(v);
            }
        };
        for (const QdpxProject::Case &c : project.cases)
            collect(c.variables);
        for (const QdpxProject::Source &s : project.sources)
            collect(s.variables);
    }

    void writeUsers()
    {
        if (m_project.users.isEmpty())
            return;
        m_xml.writeStartElement(u"Users"_s);
        for (const QdpxProject::User &user : m_project.users) {
            m_xml.writeEmptyElement(u"User"_s);
            m_xml.writeAttribute(u"guid"_s, user.guid);
            m_xml.writeAttribute(u"name"_s, xmlSafe(user.name));
        }
        m_xml.writeEndElement();
    }

    void writeCode(const QdpxProject::Code &code)
    {
        m_xml.writeStartElement(u"Code"_s);
        m_xml.writeAttribute(u"guid"_s, code.guid);
        m_xml.writeAttribute(u"name"_s, xmlSafe(code.name));
        m_xml.writeAttribute(u"isCodable"_s, code.codable ? u"true"_s : u"false"_s);
        if (code.colour.isValid())
            m_xml.writeAttribute(u"color"_s, code.colour.name(QColor::HexRgb).toUpper());
        textElement(u"Description"_s, code.description);
        for (const QdpxProject::Code &child : m_project.codes) {
            if (child.parentGuid == code.guid)
                writeCode(child);
        }
        m_xml.writeEndElement();
    }

    void writeCodeBook()
    {
        if (m_project.codes.isEmpty())
            return;
        m_xml.writeStartElement(u"CodeBook"_s);
        m_xml.writeStartElement(u"Codes"_s);
        for (const QdpxProject::Code &code : m_project.codes) {
            if (code.parentGuid.isEmpty())
                writeCode(code);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeVariables()
    {
        if (m_variables.isEmpty())
            return;
        m_xml.writeStartElement(u"Variables"_s);
        for (const QdpxProject::Variable &v : std::as_const(m_variables)) {
            m_xml.writeEmptyElement(u"Variable"_s);
            m_xml.writeAttribute(u"guid"_s, m_variableGuids.value(v.name));
            m_xml.writeAttribute(u"name"_s, xmlSafe(v.name));
            m_xml.writeAttribute(u"typeOfVariable"_s, v.type);
        }
        m_xml.writeEndElement();
    }

    void writeValues(const QList<QdpxProject::Variable> &variables)
    {
        for (const QdpxProject::Variable &v : variables) {
            m_xml.writeStartElement(u"VariableValue"_s);
            ref(u"VariableRef"_s, m_variableGuids.value(v.name));
            m_xml.writeTextElement(v.type == u"Date"_s ? u"DateValue"_s : u"TextValue"_s,
                                   xmlSafe(v.value));
            m_xml.writeEndElement();
        }
    }

    void writeCases()
    {
        if (m_project.cases.isEmpty())
            return;
        m_xml.writeStartElement(u"Cases"_s);
        for (const QdpxProject::Case &c : m_project.cases) {
            m_xml.writeStartElement(u"Case"_s);
            m_xml.writeAttribute(u"guid"_s, c.guid);
            m_xml.writeAttribute(u"name"_s, xmlSafe(c.name));
            textElement(u"Description"_s, c.description);
            writeValues(c.variables);
            for (const QString &source : c.sourceGuids)
                ref(u"SourceRef"_s, source);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeSelection(const QdpxProject::Selection &s)
    {
        m_xml.writeStartElement(u"PlainTextSelection"_s);
        m_xml.writeAttribute(u"guid"_s, s.guid);
        attribute(u"name"_s, s.name);
        m_xml.writeAttribute(u"startPosition"_s, QString::number(s.start));
        m_xml.writeAttribute(u"endPosition"_s, QString::number(s.end));
        attribute(u"creatingUser"_s, s.creatingUser);
        if (s.created.isValid())
            m_xml.writeAttribute(u"creationDateTime"_s, isoDateTime(s.created));
        attribute(u"modifyingUser"_s, s.modifyingUser);
        if (s.modified.isValid())
            m_xml.writeAttribute(u"modifiedDateTime"_s, isoDateTime(s.modified));
        textElement(u"Description"_s, s.description);
        for (qsizetype i = 0; i < s.codeGuids.size(); ++i) {
            m_xml.writeStartElement(u"Coding"_s);
            m_xml.writeAttribute(
                u"guid"_s, refiqda::stableGuid(u"coding", s.guid + u'/' + QString::number(i)));
            attribute(u"creatingUser"_s, s.creatingUser);
            if (s.created.isValid())
                m_xml.writeAttribute(u"creationDateTime"_s, isoDateTime(s.created));
            ref(u"CodeRef"_s, s.codeGuids.at(i));
            m_xml.writeEndElement();
        }
        for (const QString &note : s.noteGuids)
            ref(u"NoteRef"_s, note);
        m_xml.writeEndElement();
    }

    void writeSources()
    {
        if (m_project.sources.isEmpty())
            return;
        m_xml.writeStartElement(u"Sources"_s);
        for (const QdpxProject::Source &source : m_project.sources) {
            m_xml.writeStartElement(u"TextSource"_s);
            m_xml.writeAttribute(u"guid"_s, source.guid);
            m_xml.writeAttribute(u"name"_s, xmlSafe(source.name));
            m_xml.writeAttribute(u"plainTextPath"_s, internalPath(source));
            attribute(u"creatingUser"_s, source.creatingUser);
            if (source.created.isValid())
                m_xml.writeAttribute(u"creationDateTime"_s, isoDateTime(source.created));
            textElement(u"Description"_s, source.description);
            for (const QdpxProject::Selection &s : source.selections)
                writeSelection(s);
            writeValues(source.variables);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeNotes()
    {
        if (m_project.notes.isEmpty())
            return;
        m_xml.writeStartElement(u"Notes"_s);
        for (const QdpxProject::Note &note : m_project.notes) {
            m_xml.writeStartElement(u"Note"_s);
            m_xml.writeAttribute(u"guid"_s, note.guid);
            attribute(u"name"_s, note.name);
            m_xml.writeTextElement(u"PlainTextContent"_s, xmlSafe(note.text));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const QdpxProject &m_project;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QHash<QString, QString> m_variableGuids;
    QList<QdpxProject::Variable> m_variables;
};

} // namespace

QByteArray QdpxWriter::projectXml(const QdpxProject &project)
{
    return ProjectXml(project).write();
}

QByteArray QdpxWriter::package(const QdpxProject &project)
{
    ZipWriter zip;
    zip.add(u"project.qde"_s, projectXml(project));
    for (const QdpxProject::Source &source : project.sources) {
        const QString entry = u"sources/"_s + internalPath(source).mid(internalScheme.size());
        zip.add(entry, source.text.toUtf8());
    }
    return zip.finish();
}

void QdpxWriter::write(const QdpxProject &project, const QString &path)
{
    const QByteArray bytes = package(project);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw LibraryError(
            LibraryError::Kind::Io,
            QCoreApplication::translate("casebench", "“%1” could not be written: %2.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace casebench
