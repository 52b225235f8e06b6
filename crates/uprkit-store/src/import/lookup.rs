//! What an import looks up or creates before writing records: reviews, vocabulary ids, the
//! natural keys already stored.

use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork};
use sqlx::FromRow;
use std::collections::{BTreeSet, HashMap};
use uprkit_core::{Iso3, SessionNo};

/// A review's identity, as `reviews` stores it.
#[derive(FromRow)]
struct ReviewKey {
    id: i64,
    sur: String,
    session: i64,
}

/// An entry of a `(id, name)` vocabulary table (issues, themes, groups of persons).
#[derive(FromRow)]
struct Name {
    id: i64,
    name: String,
}

/// What an import compares with: a stored record's id, natural key and content hash.
#[derive(FromRow)]
struct StoredKey {
    id: i64,
    natural_key: String,
    fingerprint: String,
}

/// Finds or creates the review of each (SuR, session) pair; returns their ids.
pub(super) async fn ensure_reviews<'a>(
    uow: &mut UnitOfWork,
    pairs: impl Iterator<Item = (&'a Iso3, SessionNo)>,
) -> Result<HashMap<(String, u16), i64>, StoreError> {
    let pairs: BTreeSet<(String, u16)> = pairs.map(|(s, n)| (s.to_string(), n.get())).collect();
    let sessions: BTreeSet<u16> = pairs.iter().map(|p| p.1).collect();
    // Sessions past the reference table (a future cycle) are added with their cycle.
    let rows = sessions
        .iter()
        .filter_map(|s| SessionNo::parse(&s.to_string()).ok())
        .map(|s| vec![Arg::Int(s.get().into()), Arg::Int(s.cycle().get().into()), Arg::Text("unknown".into())])
        .collect();
    uow.bulk_insert("sessions", &["number", "cycle", "date_status"], rows, "ON CONFLICT (number) DO NOTHING").await?;
    let rows = pairs.iter().map(|(s, n)| vec![Arg::Text(s.clone()), Arg::Int((*n).into())]).collect();
    uow.bulk_insert("reviews", &["sur", "session"], rows, "ON CONFLICT (sur, session) DO NOTHING").await?;
    let mut out = HashMap::new();
    if sessions.is_empty() {
        return Ok(out);
    }
    let mut sql = Sql::default();
    sql.text = format!(
        "SELECT id, sur, session FROM reviews WHERE session IN ({})",
        sql.bind_list(sessions.iter().map(|s| Arg::Int((*s).into())))
    );
    for row in sql.query().fetch_all(uow.conn()?).await? {
        let r = ReviewKey::from_row(&row)?;
        out.insert((r.sur, r.session as u16), r.id);
    }
    Ok(out)
}

/// Finds or creates each name in a `(id, name)` vocabulary table (issues, themes, ...).
pub(crate) async fn ensure_names<'a>(
    uow: &mut UnitOfWork,
    table: &str,
    names: impl Iterator<Item = &'a String>,
) -> Result<HashMap<String, i64>, StoreError> {
    let names: BTreeSet<&String> = names.collect();
    let rows = names.iter().map(|n| vec![Arg::Text((*n).clone())]).collect();
    uow.bulk_insert(table, &["name"], rows, "ON CONFLICT (name) DO NOTHING").await?;
    let mut out = HashMap::new();
    for row in sqlx::query(sqlx::AssertSqlSafe(format!("SELECT id, name FROM {table}"))).fetch_all(uow.conn()?).await? {
        let n = Name::from_row(&row)?;
        out.insert(n.name, n.id);
    }
    Ok(out)
}

/// The natural keys already stored in `table` (recommendations or pledges) for these
/// sessions, with their ids and fingerprints.
pub(super) async fn existing_keys(
    uow: &mut UnitOfWork,
    table: &str,
    sessions: &BTreeSet<u16>,
) -> Result<HashMap<String, (i64, String)>, StoreError> {
    let mut out = HashMap::new();
    if sessions.is_empty() {
        return Ok(out);
    }
    let mut sql = Sql::default();
    sql.text = format!(
        "SELECT id, natural_key, fingerprint FROM {table} WHERE session IN ({})",
        sql.bind_list(sessions.iter().map(|s| Arg::Int((*s).into())))
    );
    for row in sql.query().fetch_all(uow.conn()?).await? {
        let k = StoredKey::from_row(&row)?;
        out.insert(k.natural_key, (k.id, k.fingerprint));
    }
    Ok(out)
}

/// Deletes the rows of `tables` that hang off record `id` through `column`.
pub(super) async fn delete_children(
    uow: &mut UnitOfWork,
    tables: &[&str],
    column: &str,
    id: i64,
) -> Result<(), StoreError> {
    for table in tables {
        let mut sql = Sql::default();
        sql.text = format!("DELETE FROM {table} WHERE {column} = {}", sql.bind(Arg::Int(id)));
        sql.query().execute(uow.conn()?).await?;
    }
    Ok(())
}
