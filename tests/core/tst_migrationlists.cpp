// SPDX-License-Identifier: GPL-3.0-or-later
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif
// The SQLite and PostgreSQL statements of every schema step agree: the same steps, and the same
// tables and columns after each. Read from the statements themselves, so no server is needed
// (tst_pglibrary compares a migrated server's catalogue as well).
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/migrationstep.h"
#include "testlibrary.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// Table → its columns, as declared.
using Schema = QMap<QString, QSet<QString>>;

/// What a list of statements declares: CREATE TABLE (columns, not table constraints) and
/// ALTER TABLE … ADD COLUMN. Virtual tables are collected apart.
struct Declared
{
    Schema tables;
    QSet<QString> virtualTables;
};

void declare(Declared &declared, const QString &raw)
{
    const QString statement = raw.simplified();
    static const QRegularExpression createTable(u"^CREATE (VIRTUAL )?TABLE (\\w+)"_s);
    static const QRegularExpression addColumn(u"^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"_s);
    if (const auto m = addColumn.match(statement); m.hasMatch()) {
        declared.tables[m.captured(1)].insert(m.captured(2));
        return;
    }
    const auto m = createTable.match(statement);
    if (!m.hasMatch())
        return;
    if (!m.captured(1).isEmpty()) {
        declared.virtualTables.insert(m.captured(2));
        return;
    }
    QSet<QString> &columns = declared.tables[m.captured(2)];
    // The items between the outermost parentheses, split at top-level commas.
    const qsizetype open = statement.indexOf(u'(', m.capturedEnd());
    int depth = 0;
    QString item;
    QStringList items;
    for (qsizetype i = open + 1; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (c == u'(')
            ++depth;
        if (c == u')' && depth-- == 0)
            break;
        if (c == u',' && depth == 0) {
            items.append(item.trimmed());
            item.clear();
        } else {
            item.append(c);
        }
    }
    items.append(item.trimmed());
    static const QSet<QString> constraints{u"PRIMARY"_s, u"UNIQUE"_s, u"CHECK"_s, u"FOREIGN"_s,
                                           u"CONSTRAINT"_s};
    for (const QString &entry : std::as_const(items)) {
        const QString first = entry.section(u' ', 0, 0);
        if (!first.isEmpty() && !constraints.contains(first))
            columns.insert(first);
    }
}

Declared declaredBy(const QStringList &statements)
{
    Declared declared;
    for (const QString &statement : statements)
        declare(declared, statement);
    return declared;
}

// What the backends keep differently, by design (postgresmigrations.cpp):
// - PostgreSQL's casebench_meta holds what SQLite keeps in its file header;
const QString postgresOnlyTable = u"casebench_meta"_s;
// - the full-text index is an FTS5 table on SQLite, a generated column on PostgreSQL.
const QString sqliteOnlyVirtualTable = u"documents_fts"_s;
const std::pair<QString, QString> postgresOnlyColumn{u"documents"_s, u"search_vector"_s};

/// `schema` without what is PostgreSQL's alone.
Schema withoutPostgresOnly(Schema schema)
{
    schema.remove(postgresOnlyTable);
    if (schema.contains(postgresOnlyColumn.first))
        schema[postgresOnlyColumn.first].remove(postgresOnlyColumn.second);
    return schema;
}

QString describe(const Schema &schema)
{
    QStringList lines;
    for (auto it = schema.cbegin(); it != schema.cend(); ++it) {
        QStringList columns(it.value().cbegin(), it.value().cend());
        columns.sort();
        lines.append(u"%1 (%2)"_s.arg(it.key(), columns.join(u", "_s)));
    }
    return lines.join(u'\n');
}

} // namespace

class TestMigrationLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStepExistsOnBothBackends()
    {
        const QList<migrations::Migration> &steps = migrations::all();
        QCOMPARE(steps.size(), migrations::latestVersion());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const migrations::Migration &step = steps.at(i);
            QCOMPARE(step.version, int(i) + 1);
            QVERIFY(qstrlen(step.description) > 0);
            QVERIFY2(!step.sqlite.isEmpty(), qPrintable(migrations::describe(step.version)));
            QVERIFY2(!step.postgres.isEmpty(), qPrintable(migrations::describe(step.version)));
            QCOMPARE(step.statements(Dialect::Backend::Sqlite), step.sqlite);
            QCOMPARE(step.statements(Dialect::Backend::Postgres), step.postgres);
        }
    }

    void eachStepDeclaresTheSameTablesAndColumns()
    {
        for (const migrations::Migration &step : migrations::all()) {
            const Declared sqlite = declaredBy(step.sqlite);
            const Declared postgres = declaredBy(step.postgres);
            const Schema expected = sqlite.tables;
            const Schema actual = withoutPostgresOnly(postgres.tables);
            // A step that only adds the PostgreSQL-only column leaves an empty entry behind.
            Schema trimmed;
            for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
                if (!it.value().isEmpty() || expected.contains(it.key()))
                    trimmed.insert(it.key(), it.value());
            }
            QVERIFY2(trimmed == expected,
                     qPrintable(u"step %1\nSQLite:\n%2\nPostgreSQL:\n%3"_s.arg(step.version)
                                    .arg(describe(expected), describe(trimmed))));
            QVERIFY(postgres.virtualTables.isEmpty());
            for (const QString &name : sqlite.virtualTables)
                QCOMPARE(name, sqliteOnlyVirtualTable);
        }
    }

    void latestSchemasAgree()
    {
        Declared sqlite;
        Declared postgres;
        for (const migrations::Migration &step : migrations::all()) {
            for (const QString &statement : step.sqlite)
                declare(sqlite, statement);
            for (const QString &statement : step.postgres)
                declare(postgres, statement);
        }
        QVERIFY(postgres.tables.contains(postgresOnlyTable));
        QVERIFY(
            postgres.tables.value(postgresOnlyColumn.first).contains(postgresOnlyColumn.second));
        QCOMPARE(sqlite.virtualTables, QSet<QString>{sqliteOnlyVirtualTable});
        QVERIFY2(withoutPostgresOnly(postgres.tables) == sqlite.tables,
                 qPrintable(u"SQLite:\n%1\nPostgreSQL:\n%2"_s.arg(
                     describe(sqlite.tables), describe(withoutPostgresOnly(postgres.tables)))));

        // And what the statements declare is what SQLite builds from them: the reading above
        // misses nothing.
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"latest.sqlite"_s), false);
        migrations::migrate(*db, migrations::latestVersion());
        Schema built;
        QSqlQuery tables = db->exec(uR"(SELECT name FROM sqlite_schema WHERE type = 'table'
            AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT LIKE 'documents\_fts%' ESCAPE '\')"_s);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &name : std::as_const(names)) {
            QSqlQuery columns = db->exec(u"SELECT name FROM pragma_table_info(?)"_s, {name});
            while (columns.next())
                built[name].insert(columns.value(0).toString());
        }
        QVERIFY2(built == sqlite.tables, qPrintable(u"built:\n%1\ndeclared:\n%2"_s.arg(
                                             describe(built), describe(sqlite.tables))));
    }
};

QTEST_GUILESS_MAIN(TestMigrationLists)
#include "tst_migrationlists.moc"
