//! Reading repeated recommendations: what one repeats, and how many a State received per
//! cycle that repeat an earlier one.

use crate::{Store, StoreError};
use serde::Serialize;
use sqlx::Row;

/// An earlier recommendation that the recommendation repeats.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RepeatLink {
    /// The earlier recommendation.
    pub earlier_id: i64,
    /// How close the two asks are, 0-1.
    pub score: f64,
}

/// Repeated recommendations of one State in one cycle.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RepeatCount {
    /// Cycle.
    pub cycle: u8,
    /// Recommendations the State received in the cycle.
    pub recommendations: u64,
    /// Of them, those repeating an earlier cycle's.
    pub repeated: u64,
}

impl Store {
    /// The earlier recommendations one repeats, closest first.
    pub async fn repeats_of(&self, id: i64) -> Result<Vec<RepeatLink>, StoreError> {
        let rows = sqlx::query(
            "SELECT earlier_id, score FROM recommendation_repeats WHERE recommendation_id = $1 ORDER BY score DESC, earlier_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok(RepeatLink { earlier_id: r.try_get("earlier_id")?, score: r.try_get("score")? }))
            .collect()
    }

    /// Per cycle, how many recommendations a State received and how many repeat an earlier one.
    pub async fn repeat_counts(&self, sur: &str) -> Result<Vec<RepeatCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.cycle, COUNT(*) AS n, SUM(CASE WHEN EXISTS (SELECT 1 FROM recommendation_repeats p \
             WHERE p.recommendation_id = r.id) THEN 1 ELSE 0 END) AS repeated FROM recommendations r \
             WHERE r.sur = $1 GROUP BY r.cycle ORDER BY r.cycle",
        )
        .bind(sur.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RepeatCount {
                    cycle: r.try_get::<i64, _>("cycle")? as u8,
                    recommendations: r.try_get::<i64, _>("n")? as u64,
                    repeated: r.try_get::<i64, _>("repeated")? as u64,
                })
            })
            .collect()
    }
}
