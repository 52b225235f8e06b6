//! What a State's dashboard reads from the database beside the search index: the OHCHR
//! documents imported for the State, latest first.

use crate::{Store, StoreError};
use serde::Serialize;
use sqlx::Row;

/// An OHCHR document (WG report, addendum, thematic list) the store holds for a State under
/// Review.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StateDocument {
    /// The document's symbol (`A/HRC/28/15/Add.1`), or the name it was imported under when
    /// the reader found none.
    pub symbol: String,
    /// Working Group session of the review it belongs to.
    pub session: u16,
    /// When it was last imported (RFC 3339), when the audit log recorded it.
    pub imported_at: Option<String>,
}

impl Store {
    /// The OHCHR documents known for `sur` (ISO3), the most recently imported first, at most
    /// `limit`: WG reports named on its reviews, and every document that stated a position on
    /// one of its recommendations (positions from documents carry no source-row publisher).
    pub async fn state_documents(&self, sur: &str, limit: u32) -> Result<Vec<StateDocument>, StoreError> {
        // Documents never imported through a unit of work (none today) have no audit date:
        // they come last on both engines, which order NULLs differently.
        let rows = sqlx::query(
            "SELECT d.symbol AS symbol, MIN(d.session) AS session, MAX(a.at) AS imported_at FROM ( \
               SELECT wg_report_symbol AS symbol, session FROM reviews \
                 WHERE sur = $1 AND wg_report_symbol IS NOT NULL \
               UNION \
               SELECT p.source AS symbol, r.session AS session FROM positions p \
                 JOIN recommendations r ON r.id = p.recommendation_id \
                 WHERE r.sur = $2 AND p.publisher IS NULL \
             ) d LEFT JOIN audit_log a ON a.record_type = 'ohchr_document' AND a.record_id = d.symbol \
             GROUP BY d.symbol \
             ORDER BY CASE WHEN MAX(a.at) IS NULL THEN 1 ELSE 0 END, MAX(a.at) DESC, MIN(d.session) DESC, d.symbol \
             LIMIT $3",
        )
        .bind(sur.to_string())
        .bind(sur.to_string())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(StateDocument {
                    symbol: r.try_get("symbol")?,
                    session: u16::try_from(r.try_get::<i64, _>("session")?).unwrap_or(0),
                    imported_at: r.try_get("imported_at")?,
                })
            })
            .collect()
    }
}
