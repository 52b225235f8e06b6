-- Twin of migrations/postgres/0005_database_ids.sql, where recommendations and pledges get an
-- identity column. Here nothing changes: their `id INTEGER PRIMARY KEY` is the rowid, which
-- SQLite already numbers (one past the highest id) when an insert leaves it out.
SELECT 1;
