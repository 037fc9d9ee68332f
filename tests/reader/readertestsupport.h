// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../ui/uitestsupport.h"
#include "model/document.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/passagerepository.h"

namespace casebench::test {

/// The first document of a demo case.
inline Document firstDocument(LibrarySession &session, const QString &reference)
{
    const QList<Document> documents = session.library().documents().forCase(
        caseByReference(session, reference), true);
    return documents.isEmpty() ? Document() : documents.first();
}

inline FactorId factorByKey(LibrarySession &session, const QString &key)
{
    const auto f = session.library().codebook().findByKey(key);
    return f ? f->id : FactorId();
}

/// A passage without its timestamps, for comparing states across undo and redo.
inline QList<Passage> storedPassages(LibrarySession &session, DocumentId document)
{
    QList<Passage> list = session.library().passages().forDocument(document);
    for (Passage &p : list) {
        p.created = {};
        p.modified = {};
    }
    return list;
}

} // namespace casebench::test
