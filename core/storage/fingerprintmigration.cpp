// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprintmigration.h"

#include "fingerprintrepository.h"
#include "model/textfingerprint.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

namespace {

QStringList statements(const QString &idType, const QString &tableOptions)
{
    return {
        uR"(CREATE TABLE document_fingerprints (
            document_id %1 NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            band INTEGER NOT NULL CHECK (band >= 0 AND band < %2),
            hash BIGINT NOT NULL,
            PRIMARY KEY (document_id, band)
        )%3)"_s.arg(idType)
            .arg(fingerprint::bandCount)
            .arg(tableOptions),
        u"CREATE INDEX document_fingerprints_band_hash ON document_fingerprints (band, hash)"_s,
    };
}

} // namespace

QStringList sqliteFingerprints()
{
    return statements(u"INTEGER"_s, u" WITHOUT ROWID"_s);
}

QStringList postgresFingerprints()
{
    return statements(u"BIGINT"_s, QString());
}

void fillFingerprints(Database &db)
{
    FingerprintRepository(db).fillAll();
}

} // namespace casebench::migrations
