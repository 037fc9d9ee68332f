// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionrepository.h"

#include "database.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

using namespace sqlvalues;

SuggestionDismissal SuggestionRepository::add(const SuggestionDismissal &dismissal)
{
    Transaction transaction(m_db);
    QSqlQuery q = m_db.exec(uR"(INSERT INTO suggestion_dismissals (id, document_id, factor_id,
        start_offset, end_offset, quote, created) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                            {dismissal.id > 0 ? QVariant(dismissal.id) : QVariant(),
                             fromId(dismissal.document), fromId(dismissal.factor), dismissal.start,
                             dismissal.end, fromText(dismissal.quote),
                             fromTimestamp(sqlvalues::now())});
    q.next();
    SuggestionDismissal stored = dismissal;
    stored.id = q.value(0).toLongLong();
    q.finish();
    transaction.commit();
    return stored;
}

void SuggestionRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(u"DELETE FROM suggestion_dismissals WHERE id = ?"_s, {id});
    if (q.numRowsAffected() == 0) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            QCoreApplication::translate("casebench", "There is no dismissed suggestion with id %1.")
                .arg(id));
    }
    transaction.commit();
}

QList<SuggestionDismissal> SuggestionRepository::forDocument(DocumentId document)
{
    QList<SuggestionDismissal> list;
    QSqlQuery q = m_db.exec(uR"(SELECT id, document_id, factor_id, start_offset, end_offset, quote
        FROM suggestion_dismissals WHERE document_id = ? ORDER BY start_offset, id)"_s,
                            {fromId(document)});
    while (q.next()) {
        SuggestionDismissal d;
        d.id = q.value(0).toLongLong();
        d.document = toId<DocumentId>(q.value(1));
        d.factor = toId<FactorId>(q.value(2));
        d.start = toInt(q.value(3));
        d.end = toInt(q.value(4));
        d.quote = q.value(5).toString();
        list.append(d);
    }
    return list;
}

} // namespace casebench
