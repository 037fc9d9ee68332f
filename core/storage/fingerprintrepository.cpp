// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprintrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCache>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// The fingerprints of stored texts compared lately, by their text (so nothing goes stale): a
/// bulk import of decisions written from one template compares each new one with the same few
/// stored ones, and reading their words again for every file cost more than the rest of the
/// import together.
TextFingerprint storedFingerprint(const QString &text)
{
    static QMutex mutex;
    static QCache<QByteArray, TextFingerprint> cache(64);
    const QByteArray key = QByteArray::number(qHash(text, 0x5eed)) + '/'
                           + QByteArray::number(text.size());
    {
        const QMutexLocker lock(&mutex);
        if (const TextFingerprint *found = cache.object(key))
            return *found;
    }
    TextFingerprint computed = fingerprint::compute(text);
    const QMutexLocker lock(&mutex);
    cache.insert(key, new TextFingerprint(computed));
    return computed;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::FingerprintRepository)
};

} // namespace

void FingerprintRepository::save(DocumentId document, const TextFingerprint &fingerprint)
{
    Transaction transaction(m_db);
    m_db.exec(u"DELETE FROM document_fingerprints WHERE document_id = ?"_s,
              {sqlvalues::fromId(document)});
    if (!fingerprint.bands.isEmpty()) {
        // One statement for all bands: 32 rows, 96 bound values.
        QString sql = u"INSERT INTO document_fingerprints (document_id, band, hash) VALUES "_s;
        QVariantList values;
        values.reserve(fingerprint.bands.size() * 3);
        for (qsizetype band = 0; band < fingerprint.bands.size(); ++band) {
            sql += band == 0 ? u"(?, ?, ?)"_s : u", (?, ?, ?)"_s;
            values << sqlvalues::fromId(document) << static_cast<int>(band)
                   << fingerprint.bands.at(band);
        }
        m_db.exec(sql, values);
    }
    transaction.commit();
}

void FingerprintRepository::saveText(DocumentId document, const QString &text)
{
    save(document, fingerprint::compute(text));
}

int FingerprintRepository::fillAll()
{
    // Ids first, then one text at a time: a large library is never held whole in memory.
    QList<qint64> ids;
    {
        QSqlQuery q = m_db.exec(u"SELECT id FROM documents ORDER BY id"_s);
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    int written = 0;
    for (const qint64 id : std::as_const(ids)) {
        const QString text
            = m_db.scalar(u"SELECT text FROM documents WHERE id = ?"_s, {id}).toString();
        save(DocumentId(id), fingerprint::compute(text));
        ++written;
    }
    return written;
}

std::optional<FingerprintRepository::Match> FingerprintRepository::findSameText(
    const TextFingerprint &fingerprint, int maxCompared)
{
    if (fingerprint.isEmpty())
        return std::nullopt;
    // Each (band, hash) pair is one probe of the (band, hash) index.
    QStringList terms;
    QVariantList values;
    for (qsizetype band = 0; band < fingerprint.bands.size(); ++band) {
        terms.append(u"(band = ? AND hash = ?)"_s);
        values << static_cast<int>(band) << fingerprint.bands.at(band);
    }
    values << fingerprint::candidateBands << maxCompared;
    QList<qint64> candidates;
    {
        QSqlQuery q = m_db.exec(
            u"SELECT document_id FROM document_fingerprints WHERE %1 GROUP BY document_id HAVING count(*) >= ? ORDER BY count(*) DESC, document_id LIMIT ?"_s
                .arg(terms.join(u" OR "_s)),
            values);
        while (q.next())
            candidates.append(q.value(0).toLongLong());
    }
    std::optional<Match> best;
    for (const qint64 id : std::as_const(candidates)) {
        const QString text
            = m_db.scalar(u"SELECT text FROM documents WHERE id = ?"_s, {id}).toString();
        double similarity = 0;
        if (fingerprint::sameDecision(fingerprint, storedFingerprint(text), &similarity)
            && (!best || similarity > best->similarity))
            best = Match{DocumentId(id), similarity};
    }
    return best;
}

QStringList FingerprintRepository::check()
{
    QStringList problems;
    QSqlQuery q = m_db.exec(
        uR"(SELECT document_id, count(*), count(DISTINCT band), min(band), max(band)
            FROM document_fingerprints GROUP BY document_id
            HAVING count(*) <> ? OR count(DISTINCT band) <> ? OR min(band) <> 0 OR max(band) <> ?
            ORDER BY document_id)"_s,
        {fingerprint::bandCount, fingerprint::bandCount, fingerprint::bandCount - 1});
    while (q.next()) {
        problems.append(Tr::tr("The text fingerprint of document %1 holds %2 of its %3 bands.")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(1).toInt())
                            .arg(fingerprint::bandCount));
    }
    return problems;
}

} // namespace casebench
