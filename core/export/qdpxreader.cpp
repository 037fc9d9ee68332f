// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxreader.h"

#include "import/untrustedfile.h"
#include "import/ziparchive.h"
#include "model/libraryerror.h"
#include "qdeparser.h"
#include "refiqda.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;
using casebench::qdpxparsing::ParseFailure;
using casebench::qdpxparsing::QdeParser;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::QdpxReader)
};

LibraryError invalid(const QString &fileName, const QString &problem)
{
    return LibraryError(LibraryError::Kind::InvalidData,
                        Tr::tr("“%1” cannot be imported: %2.").arg(fileName, problem));
}

/// Strict UTF-8 (a byte-order mark is dropped); nothing when the bytes are not UTF-8.
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

/// Loads the text of sources and notes named by a plainTextPath. Only the archive's own
/// members (internal://) are read: a project that names a file elsewhere on the machine
/// (relative:// against its basePath, an absolute path, a file: URL) is refused, so that a crafted
/// project cannot copy any file it likes into the library.
class SourceLoader
{
public:
    /// `textSoFar`: characters of the project's text already read (inline in project.qde).
    SourceLoader(ZipArchive &zip, const QString &fileName, const ImportLimits &limits,
                 qint64 textSoFar)
        : m_zip(zip), m_fileName(fileName), m_limits(limits), m_total(textSoFar)
    {}

    /// The text at a plainTextPath; `what` names the element in messages.
    QString load(const QString &path, const QString &what)
    {
        if (!path.startsWith(u"internal://"_s)) {
            throw invalid(
                m_fileName,
                Tr::tr("%1 refers to its text as “%2”, outside the project, and Casebench "
                       "reads only sources held inside the archive (internal://); export "
                       "the project again with its sources embedded")
                    .arg(what, path));
        }
        const auto text = decodeUtf8(fromArchive(path, what));
        if (!text)
            throw invalid(m_fileName, Tr::tr("the text of %1 (%2) is not UTF-8").arg(what, path));
        if (text->size() > m_limits.maxTextCharacters) {
            throw invalid(m_fileName,
                          Tr::tr("the text of %1 (%2) passes the limit of %3 characters "
                                 "for one document")
                              .arg(what, path)
                              .arg(m_limits.maxTextCharacters));
        }
        m_total += text->size();
        if (m_total > m_limits.maxProjectTextCharacters) {
            throw invalid(m_fileName, Tr::tr("the text of its sources passes the limit of %1 "
                                             "characters for one project")
                                          .arg(m_limits.maxProjectTextCharacters));
        }
        return *text;
    }

private:
    QByteArray fromArchive(const QString &path, const QString &what)
    {
        const QString name = path.mid(QStringLiteral("internal://").size());
        for (const QString &folder : {u"sources/"_s, u"Sources/"_s}) {
            if (m_zip.contains(folder + name)) {
                const auto data = m_zip.read(folder + name);
                if (!data)
                    throw LibraryError(LibraryError::Kind::InvalidData, m_zip.error());
                return *data;
            }
        }
        throw invalid(m_fileName,
                      Tr::tr("%1 refers to %2, which the archive does not hold").arg(what, path));
    }

    ZipArchive &m_zip;
    QString m_fileName;
    ImportLimits m_limits;
    qint64 m_total;
};

void checkReferences(const QdpxProject &project, const QList<QdeParser::Ref> &refs,
                     const QString &fileName)
{
    QSet<QString> codes, sources, notes;
    for (const QdpxProject::Code &c : project.codes)
        codes.insert(c.guid);
    for (const QdpxProject::Source &s : project.sources)
        sources.insert(s.guid);
    for (const QString &g : project.skippedSourceGuids)
        sources.insert(g);
    for (const QdpxProject::Note &n : project.notes)
        notes.insert(n.guid);
    for (const QdeParser::Ref &ref : refs) {
        const QSet<QString> *targets = ref.element == u"CodeRef"_s     ? &codes
                                       : ref.element == u"SourceRef"_s ? &sources
                                       : ref.element == u"NoteRef"_s   ? &notes
                                                                       : nullptr;
        if (targets && !targets->contains(ref.guid)) {
            throw invalid(
                fileName,
                Tr::tr("<%1> on line %2 of project.qde refers to %3, which is not in the project")
                    .arg(ref.element)
                    .arg(ref.line)
                    .arg(ref.guid));
        }
    }
}

void checkPositions(const QdpxProject &project, const QHash<QString, qint64> &lines,
                    const QString &fileName)
{
    for (const QdpxProject::Source &source : project.sources) {
        const qsizetype length = refiqda::codePointLength(source.text);
        for (const QdpxProject::Selection &s : source.selections) {
            if (s.end > length) {
                throw invalid(
                    fileName,
                    Tr::tr(
                        "<PlainTextSelection> on line %1 of project.qde ends at %2, past the end of the source “%3” (%4 characters)")
                        .arg(lines.value(s.guid))
                        .arg(s.end)
                        .arg(source.name)
                        .arg(length));
            }
        }
    }
}

} // namespace

QdpxProject QdpxReader::read(const QString &path, const ImportLimits &limits)
{
    const QString shown = QFileInfo(path).fileName().isEmpty() ? QDir::toNativeSeparators(path)
                                                               : QFileInfo(path).fileName();
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
        throw LibraryError(LibraryError::Kind::FileNotFound,
                           Tr::tr("“%1” cannot be imported: the file does not exist.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    QString problem;
    const auto bytes = untrustedfile::read(path, limits.maxFileBytes, problem);
    if (!bytes)
        throw invalid(shown, problem);
    return readBytes(*bytes, shown, limits);
}

QdpxProject QdpxReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                  const ImportLimits &limits)
{
    if (!bytes.startsWith("PK"))
        throw invalid(fileName,
                      Tr::tr("it is not a REFI-QDA project (a .qdpx file is a zip archive)"));
    ZipArchive zip(bytes, fileName, Tr::tr("REFI-QDA project"), limits);
    if (!zip.open())
        throw LibraryError(LibraryError::Kind::InvalidData, zip.error());
    if (!zip.contains(u"project.qde"_s))
        throw invalid(fileName, Tr::tr("it is not a REFI-QDA project (it holds no project.qde)"));
    const auto xml = zip.read(u"project.qde"_s);
    if (!xml)
        throw LibraryError(LibraryError::Kind::InvalidData, zip.error());

    QdeParser parser(*xml, limits);
    QdpxProject project;
    try {
        project = parser.parse();
    } catch (const ParseFailure &failure) {
        throw invalid(fileName, failure.problem);
    }
    checkReferences(project, parser.refs(), fileName);

    SourceLoader loader(zip, fileName, limits, parser.textRead());
    for (auto it = parser.sourceLines().cbegin(); it != parser.sourceLines().cend(); ++it) {
        QdpxProject::Source &source = project.sources[it.key()];
        const QString what
            = Tr::tr("<TextSource> “%1” (line %2 of project.qde)").arg(source.name).arg(it.value());
        source.text = loader.load(source.plainTextPath, what);
    }
    for (QdpxProject::Note &note : project.notes) {
        const auto line = parser.noteLines().constFind(note.guid);
        if (line != parser.noteLines().cend())
            note.text = loader.load(note.text,
                                    Tr::tr("<Note> on line %1 of project.qde").arg(*line));
    }
    checkPositions(project, parser.selectionLines(), fileName);
    return project;
}

} // namespace casebench
