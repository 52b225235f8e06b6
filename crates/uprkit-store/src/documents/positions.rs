//! Positions from documents: recorded in a recommendation's history, or kept (addenda may
//! come before their report) and applied once the recommendations exist.

use super::key;
use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork};
use sqlx::{AssertSqlSafe, FromRow};
use uprkit_core::{DocPosition, Position};

/// The review a WG report belongs to.
#[derive(FromRow)]
struct ReportReview {
    sur: String,
    session: i64,
    pending_paragraph: Option<String>,
}

/// The columns of `document_positions` read back, in [`WaitingPosition`].
const WAITING_COLUMNS: &str = "reference, position, supported_part, source, source_ref";

/// A position an addendum states, kept until its recommendation exists.
#[derive(FromRow)]
struct WaitingPosition {
    reference: String,
    position: String,
    supported_part: Option<String>,
    source: String,
    source_ref: String,
}

/// Links a recommendation to vocabulary ids; whether anything was new.
pub(super) async fn link_names(
    uow: &mut UnitOfWork,
    table: &str,
    column: &str,
    id: i64,
    ids: impl Iterator<Item = i64>,
) -> Result<bool, StoreError> {
    let mut changed = false;
    for v in ids {
        let mut sql = Sql::default();
        let (a, b) = (sql.bind(Arg::Int(id)), sql.bind(Arg::Int(v)));
        sql.text =
            format!("INSERT INTO {table} (recommendation_id, {column}) VALUES ({a}, {b}) ON CONFLICT DO NOTHING");
        changed |= sql.query().execute(uow.conn()?).await?.rows_affected() > 0;
    }
    Ok(changed)
}

/// Adds a position to a recommendation's history unless this source already stated it, and
/// makes it the current position. Returns whether anything changed.
pub(super) async fn record_position(
    uow: &mut UnitOfWork,
    id: i64,
    p: &DocPosition,
    at: &str,
) -> Result<bool, StoreError> {
    let seen = sqlx::query("SELECT 1 FROM positions WHERE recommendation_id = $1 AND position = $2 AND source = $3")
        .bind(id)
        .bind(p.position.as_str())
        .bind(p.source.clone())
        .fetch_optional(uow.conn()?)
        .await?;
    if seen.is_some() {
        return Ok(false);
    }
    sqlx::query("INSERT INTO positions (recommendation_id, position, supported_part, source, source_ref, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(p.position.as_str())
        .bind(p.supported_part.clone())
        .bind(p.source.clone())
        .bind(p.source_ref.clone())
        .bind(at.to_string())
        .execute(uow.conn()?)
        .await?;
    // An addendum (or a list quoting it) outranks the report's own statement, whatever the order
    // of import; a "pending" never replaces a position.
    let answered =
        sqlx::query("SELECT 1 FROM positions WHERE recommendation_id = $1 AND source LIKE '%/Add.%' AND source <> $2")
            .bind(id)
            .bind(p.source.clone())
            .fetch_optional(uow.conn()?)
            .await?
            .is_some();
    let current: Option<String> = sqlx::query_scalar("SELECT response FROM recommendations WHERE id = $1")
        .bind(id)
        .fetch_one(uow.conn()?)
        .await?;
    let current_is_position = current.as_deref().is_some_and(|c| c != Position::Pending.as_str());
    if (answered && !p.source.contains("/Add.")) || (p.position == Position::Pending && current_is_position) {
        return Ok(true);
    }
    sqlx::query("UPDATE recommendations SET response = $1, supported_part = $2, updated_at = $3 WHERE id = $4")
        .bind(p.position.as_str())
        .bind(p.supported_part.clone())
        .bind(at.to_string())
        .bind(id)
        .execute(uow.conn()?)
        .await?;
    Ok(true)
}

/// Applies the kept positions of a report to the recommendations that now exist; their ids.
pub(super) async fn apply_waiting(uow: &mut UnitOfWork, report_symbol: &str, at: &str) -> Result<Vec<i64>, StoreError> {
    let review: Option<ReportReview> =
        sqlx::query_as("SELECT sur, session, pending_paragraph FROM reviews WHERE wg_report_symbol = $1")
            .bind(report_symbol.to_string())
            .fetch_optional(uow.conn()?)
            .await?;
    let Some(ReportReview { sur, session, pending_paragraph: pending }) = review else { return Ok(Vec::new()) };
    let sql = format!("SELECT {WAITING_COLUMNS} FROM document_positions WHERE report_symbol = $1");
    let rows: Vec<WaitingPosition> =
        sqlx::query_as(AssertSqlSafe(sql)).bind(report_symbol.to_string()).fetch_all(uow.conn()?).await?;
    let mut changed = Vec::new();
    for r in rows {
        // Cycle-1 addenda number the recommendations within the report's pending paragraph.
        let paragraph = match (&pending, r.reference.contains('.')) {
            (Some(p), false) => format!("{p}.{}", r.reference),
            _ => r.reference,
        };
        let Some(position) = Position::parse(&r.position) else { continue };
        let p = DocPosition { position, supported_part: r.supported_part, source: r.source, source_ref: r.source_ref };
        let found: Option<i64> = sqlx::query_scalar("SELECT id FROM recommendations WHERE natural_key = $1")
            .bind(key(&sur, session as u16, &paragraph))
            .fetch_optional(uow.conn()?)
            .await?;
        if let Some(id) = found
            && record_position(uow, id, &p, at).await?
        {
            changed.push(id);
        }
    }
    Ok(changed)
}
