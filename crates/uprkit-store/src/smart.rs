//! What the SMART checker reads: a State's previous recommendations (one query), and the
//! recommendations UPR Info coded with an action category (for the agreement report).

use crate::{Store, StoreError};
use sqlx::Row;
use uprkit_core::smart::PreviousRecommendation;

/// A recommendation with the action category its source (UPR Info) gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedRecommendation {
    /// Database id.
    pub id: i64,
    /// State under review (ISO3).
    pub sur: String,
    /// Working Group session.
    pub session: u16,
    /// UPR cycle.
    pub cycle: u8,
    /// Text.
    pub text: String,
    /// UPR Info's action category, 1-5.
    pub action_category: u8,
}

impl Store {
    /// Every recommendation `sur` (ISO3) received, in every cycle the store holds, with its
    /// recommending States: one query, oldest first.
    pub async fn previous_recommendations(&self, sur: &str) -> Result<Vec<PreviousRecommendation>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.id, r.paragraph, r.text, r.cycle, r.session, s.iso3 FROM recommendations r \
             LEFT JOIN recommendation_states s ON s.recommendation_id = r.id \
             WHERE r.sur = $1 ORDER BY r.cycle, r.session, r.id, s.ord",
        )
        .bind(sur.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut out: Vec<PreviousRecommendation> = Vec::new();
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let state: Option<String> = row.try_get("iso3")?;
            if out.last().is_none_or(|p| p.id != id) {
                out.push(PreviousRecommendation {
                    id,
                    paragraph: row.try_get("paragraph")?,
                    text: row.try_get("text")?,
                    recommending_states: Vec::new(),
                    cycle: u8::try_from(row.try_get::<i64, _>("cycle")?).unwrap_or(0),
                    session: u16::try_from(row.try_get::<i64, _>("session")?).unwrap_or(0),
                });
            }
            if let (Some(state), Some(last)) = (state, out.last_mut()) {
                last.recommending_states.push(state);
            }
        }
        Ok(out)
    }

    /// Every recommendation a source coded with an action category, by id.
    pub async fn coded_action_categories(&self) -> Result<Vec<CodedRecommendation>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, sur, session, cycle, text, action_category FROM recommendations \
             WHERE action_category IS NOT NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CodedRecommendation {
                    id: row.try_get("id")?,
                    sur: row.try_get("sur")?,
                    session: u16::try_from(row.try_get::<i64, _>("session")?).unwrap_or(0),
                    cycle: u8::try_from(row.try_get::<i64, _>("cycle")?).unwrap_or(0),
                    text: row.try_get("text")?,
                    action_category: u8::try_from(row.try_get::<i64, _>("action_category")?).unwrap_or(0),
                })
            })
            .collect()
    }
}
