//! Counts for the home page and reference listings.

use crate::{Store, StoreError};
use serde::Serialize;
use sqlx::Row;

/// Recommendations and States under Review in one cycle.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CycleCount {
    /// Cycle number.
    pub cycle: u8,
    /// Recommendations stored for it.
    pub recommendations: u64,
    /// Distinct States under Review among them.
    pub states_under_review: u64,
    /// Recommendations whose current position is supported.
    pub supported: u64,
}

/// One step of a recommendation's position history.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PositionEntry {
    /// `supported`, `noted`, ...
    pub position: String,
    /// The supported part, for a partial support.
    pub supported_part: Option<String>,
    /// Where the position was stated (document symbol or import source).
    pub source: String,
    /// Paragraph or row in the source.
    pub source_ref: Option<String>,
    /// When uprkit recorded it.
    pub recorded_at: String,
}

impl Store {
    /// Every position a recommendation has had, oldest first.
    pub async fn position_history(&self, id: i64) -> Result<Vec<PositionEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT position, supported_part, source, source_ref, recorded_at FROM positions \
             WHERE recommendation_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PositionEntry {
                    position: r.try_get("position")?,
                    supported_part: r.try_get("supported_part")?,
                    source: r.try_get("source")?,
                    source_ref: r.try_get("source_ref")?,
                    recorded_at: r.try_get("recorded_at")?,
                })
            })
            .collect()
    }

    /// Counts per cycle, for every cycle with at least one recommendation.
    pub async fn cycle_counts(&self) -> Result<Vec<CycleCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT cycle, COUNT(*) AS recommendations, COUNT(DISTINCT sur) AS states_under_review, \
             SUM(CASE WHEN response = 'supported' THEN 1 ELSE 0 END) AS supported \
             FROM recommendations GROUP BY cycle ORDER BY cycle",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CycleCount {
                    cycle: r.try_get::<i64, _>("cycle")? as u8,
                    recommendations: r.try_get::<i64, _>("recommendations")? as u64,
                    states_under_review: r.try_get::<i64, _>("states_under_review")? as u64,
                    supported: r.try_get::<Option<i64>, _>("supported")?.unwrap_or(0) as u64,
                })
            })
            .collect()
    }

    /// Number of recommendations stored.
    pub async fn recommendation_count(&self) -> Result<u64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM recommendations").fetch_one(&self.pool).await?;
        Ok(row.try_get::<i64, _>("n")? as u64)
    }

    /// Number of voluntary pledges stored.
    pub async fn pledge_count(&self) -> Result<u64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM pledges").fetch_one(&self.pool).await?;
        Ok(row.try_get::<i64, _>("n")? as u64)
    }

    /// (ISO3, name) of every State, by name.
    pub async fn state_names(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query("SELECT iso3, name FROM states ORDER BY name").fetch_all(&self.pool).await?;
        rows.iter().map(|r| Ok((r.try_get("iso3")?, r.try_get("name")?))).collect()
    }
}
