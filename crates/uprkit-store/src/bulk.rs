//! Multi-row `INSERT`s in chunks sized per engine, with or without the ids the database gave.

use crate::args::{Arg, Sql};
use crate::{DatabaseEngine, StoreError, UnitOfWork};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// Parameters per statement, per engine. Measured with `uprkit bench import`: sqlx's SQLite
/// driver slows down more than linearly with the parameters of one statement (8,000: 2,500
/// rows/s; 200: 18,000), while PostgreSQL gains from fewer round trips.
fn chunk_parameters(engine: DatabaseEngine) -> usize {
    if engine == DatabaseEngine::Postgres { 4000 } else { 120 }
}

/// The statements that insert `rows` into `table`, in chunks, each ending with `tail`.
fn chunks(engine: DatabaseEngine, table: &str, columns: &[&str], rows: Vec<Vec<Arg>>, tail: &str) -> Vec<Sql> {
    let per_chunk = (chunk_parameters(engine) / columns.len().max(1)).max(1);
    let mut out = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut sql = Sql::default();
        let mut tuples = Vec::with_capacity(per_chunk);
        for row in rows.by_ref().take(per_chunk) {
            tuples.push(format!("({})", sql.bind_list(row)));
        }
        sql.text = format!("INSERT INTO {table} ({}) VALUES {} {tail}", columns.join(", "), tuples.join(", "));
        out.push(sql);
    }
    out
}

/// Inserts `rows` into `table` in chunks of multi-row `INSERT`s, ending each with `tail`
/// (an `ON CONFLICT` clause or nothing). For the reference data the store seeds itself.
pub(crate) async fn bulk_insert(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Arg>>,
    tail: &str,
) -> Result<(), StoreError> {
    let engine = if tx.backend_name() == "PostgreSQL" { DatabaseEngine::Postgres } else { DatabaseEngine::Sqlite };
    for sql in chunks(engine, table, columns, rows, tail) {
        sql.query().execute(&mut **tx).await?;
    }
    Ok(())
}

impl UnitOfWork {
    /// Inserts `rows` into `table` in chunks of multi-row `INSERT`s, ending each with `tail`
    /// (an `ON CONFLICT` clause or nothing). Each chunk is one statement of the unit of work.
    pub(crate) async fn bulk_insert(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: Vec<Vec<Arg>>,
        tail: &str,
    ) -> Result<(), StoreError> {
        for sql in chunks(self.engine(), table, columns, rows, tail) {
            self.execute(&sql).await?;
        }
        Ok(())
    }

    /// Inserts rows whose `natural_key` column is unique and lets the database number them;
    /// returns the id given to each natural key. A row whose key another writer stored first
    /// is skipped (`ON CONFLICT DO NOTHING`) and absent from the answer, so that the caller
    /// can treat it as existing. Ids are matched by key, not by position: neither engine
    /// promises the order of `RETURNING` rows.
    pub(crate) async fn insert_numbered(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: Vec<Vec<Arg>>,
    ) -> Result<HashMap<String, i64>, StoreError> {
        let mut ids = HashMap::with_capacity(rows.len());
        let tail = "ON CONFLICT (natural_key) DO NOTHING RETURNING id, natural_key";
        for sql in chunks(self.engine(), table, columns, rows, tail) {
            for row in sql.query().fetch_all(self.conn()?).await? {
                ids.insert(row.try_get("natural_key")?, row.try_get("id")?);
            }
        }
        Ok(ids)
    }
}
