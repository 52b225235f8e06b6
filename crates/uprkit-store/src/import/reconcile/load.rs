//! What the reconciliation reads of the reviews it works on: their source rows, their
//! recommendations, the States documents printed and whether documents stated positions.

use super::derive::{STORED_ROW_COLUMNS, StoredRow};
use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork};
use sqlx::FromRow;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Ids per `IN (...)` list.
const IDS_PER_STATEMENT: usize = 500;

/// A review's identity.
#[derive(Debug, Clone, FromRow)]
pub(super) struct Review {
    pub id: i64,
    pub sur: String,
    pub session: i64,
}

/// A stored recommendation, as the reconciliation reads it.
#[derive(Debug, Clone, FromRow)]
pub(super) struct Record {
    pub id: i64,
    pub review_id: i64,
    pub natural_key: String,
    pub fingerprint: String,
    pub paragraph: Option<String>,
    pub text: String,
    pub response: Option<String>,
    pub source: String,
    pub source_ref: Option<String>,
}

/// A recommending State of a recommendation.
#[derive(FromRow)]
struct StateLink {
    recommendation_id: i64,
    iso3: String,
    from_rows: i64,
}

/// A position a document stated.
#[derive(FromRow)]
struct DocumentPosition {
    recommendation_id: i64,
    position: String,
}

/// Everything read for a set of reviews.
#[derive(Default)]
pub(super) struct Loaded {
    pub reviews: Vec<Review>,
    pub rows: Vec<StoredRow>,
    pub records: Vec<Record>,
    /// The States each document printed, in order.
    pub document_states: HashMap<i64, Vec<String>>,
    /// Recommendations a document named.
    pub documented: HashSet<i64>,
    /// Recommendations a document gave a position other than pending.
    pub positioned: HashSet<i64>,
}

/// Runs `select ... WHERE column IN (ids)` in chunks and collects the rows.
async fn select_in<T>(uow: &mut UnitOfWork, select: &str, ids: &[i64]) -> Result<Vec<T>, StoreError>
where
    T: for<'r> FromRow<'r, sqlx::any::AnyRow>,
{
    let mut out = Vec::new();
    for chunk in ids.chunks(IDS_PER_STATEMENT) {
        let mut sql = Sql::default();
        let list = sql.bind_list(chunk.iter().map(|i| Arg::Int(*i)));
        sql.text = select.replace("{ids}", &list);
        for row in sql.query().fetch_all(uow.conn()?).await? {
            out.push(T::from_row(&row)?);
        }
    }
    Ok(out)
}

/// Reads the reviews, rows and recommendations of these reviews.
pub(super) async fn load(uow: &mut UnitOfWork, reviews: &BTreeSet<i64>) -> Result<Loaded, StoreError> {
    let ids: Vec<i64> = reviews.iter().copied().collect();
    let reviews = select_in(uow, "SELECT id, sur, session FROM reviews WHERE id IN ({ids})", &ids).await?;
    let rows_sql = format!("SELECT {STORED_ROW_COLUMNS} FROM source_rows WHERE review_id IN ({{ids}}) ORDER BY id");
    let mut rows: Vec<StoredRow> = select_in(uow, &rows_sql, &ids).await?;
    rows.sort_by_key(|r| r.id);
    let records: Vec<Record> = select_in(
        uow,
        "SELECT id, review_id, natural_key, fingerprint, paragraph, text, response, source, source_ref \
         FROM recommendations WHERE review_id IN ({ids})",
        &ids,
    )
    .await?;
    let record_ids: Vec<i64> = records.iter().map(|r| r.id).collect();
    let mut links: Vec<(i64, i64, StateLink)> = Vec::new();
    let states_sql = "SELECT recommendation_id, iso3, ord, from_rows FROM recommendation_states \
                      WHERE recommendation_id IN ({ids})";
    for chunk in record_ids.chunks(IDS_PER_STATEMENT) {
        let mut sql = Sql::default();
        sql.text = states_sql.replace("{ids}", &sql.bind_list(chunk.iter().map(|i| Arg::Int(*i))));
        for row in sql.query().fetch_all(uow.conn()?).await? {
            let ord: i64 = sqlx::Row::try_get(&row, "ord")?;
            let link = StateLink::from_row(&row)?;
            links.push((link.recommendation_id, ord, link));
        }
    }
    links.sort_by_key(|(id, ord, _)| (*id, *ord));
    let mut document_states: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, _, link) in links.into_iter().filter(|(_, _, l)| l.from_rows == 0) {
        document_states.entry(id).or_default().push(link.iso3);
    }
    let positions: Vec<DocumentPosition> = select_in(
        uow,
        "SELECT recommendation_id, position FROM positions WHERE publisher IS NULL AND recommendation_id IN ({ids})",
        &record_ids,
    )
    .await?;
    let documented = positions.iter().map(|p| p.recommendation_id).collect();
    let positioned = positions.iter().filter(|p| p.position != "pending").map(|p| p.recommendation_id).collect();
    Ok(Loaded { reviews, rows, records, document_states, documented, positioned })
}
