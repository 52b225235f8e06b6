//! Reading one recommendation's suggestions and decisions, and the review queue.

use super::CodingRow;
use crate::args::{Arg, Sql};
use crate::{Store, StoreError};
use serde::Serialize;
use sqlx::Row;
use std::collections::HashMap;
use uprkit_core::classification::Head;

/// A suggestion of the classifier for one value of one head.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SuggestionView {
    /// `action_category`, `issue` or `sdg`.
    pub head: Head,
    /// The value suggested (`5`, `Death penalty`, `16`).
    pub value: String,
    /// How sure the model is, 0-1.
    pub confidence: f64,
    /// Version of the model that suggested it.
    pub model_version: i64,
}

/// A person's decision on one head of a recommendation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DecisionView {
    /// `action_category`, `issue` or `sdg`.
    pub head: Head,
    /// The values decided; empty: none (e.g. no SDG link).
    pub values: Vec<String>,
    /// `confirmed` (the suggestion as it was) or `corrected`.
    pub decision: String,
    /// Who decided.
    pub decided_by: String,
    /// When (RFC 3339).
    pub decided_at: String,
}

/// What the classifier and people said about one recommendation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ClassificationView {
    /// Recommendation id.
    pub recommendation_id: i64,
    /// The heads a source coded (suggestions are never made for them).
    pub coded_by_source: Vec<Head>,
    /// Current suggestions, by head, most confident first.
    pub suggestions: Vec<SuggestionView>,
    /// People's decisions, by head.
    pub decisions: Vec<DecisionView>,
}

/// One (recommendation, head) waiting for a person, with the suggestion's confidence (the
/// lowest of its values for heads of several values).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueItem {
    /// Recommendation id.
    pub recommendation_id: i64,
    /// State under Review.
    pub sur: String,
    /// Session.
    pub session: u16,
    /// Text.
    pub text: String,
    /// Head to review.
    pub head: Head,
    /// Suggested values.
    pub values: Vec<String>,
    /// Lowest confidence among them.
    pub confidence: f64,
}

impl Store {
    /// Suggestions and decisions on one recommendation.
    pub async fn classification(&self, id: i64) -> Result<ClassificationView, StoreError> {
        let coding = self.coding_of(id).await?;
        let mut coded_by_source = Vec::new();
        if let Some(c) = coding {
            if c.source.action_category.is_some() {
                coded_by_source.push(Head::ActionCategory);
            }
            if c.source.issues.is_some() {
                coded_by_source.push(Head::Issue);
            }
            if c.source.sdgs.is_some() {
                coded_by_source.push(Head::Sdg);
            }
        }
        let rows = sqlx::query(
            "SELECT head, value, confidence, model_version FROM classification_suggestions WHERE recommendation_id = $1 \
             ORDER BY head, confidence DESC, value",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut suggestions = Vec::new();
        for row in rows {
            let Some(head) = Head::parse(&row.try_get::<String, _>("head")?) else { continue };
            suggestions.push(SuggestionView {
                head,
                value: row.try_get("value")?,
                confidence: row.try_get("confidence")?,
                model_version: row.try_get("model_version")?,
            });
        }
        let rows = sqlx::query(
            "SELECT head, value, decision, decided_by_name, decided_at FROM classification_decisions \
             WHERE recommendation_id = $1 ORDER BY head, value",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut decisions: Vec<DecisionView> = Vec::new();
        for row in rows {
            let Some(head) = Head::parse(&row.try_get::<String, _>("head")?) else { continue };
            let value: String = row.try_get("value")?;
            if decisions.last().is_none_or(|d| d.head != head) {
                decisions.push(DecisionView {
                    head,
                    values: Vec::new(),
                    decision: row.try_get("decision")?,
                    decided_by: row.try_get("decided_by_name")?,
                    decided_at: row.try_get("decided_at")?,
                });
            }
            if let (Some(d), false) = (decisions.last_mut(), value.is_empty()) {
                d.values.push(value);
            }
        }
        Ok(ClassificationView { recommendation_id: id, coded_by_source, suggestions, decisions })
    }

    /// The coding of one recommendation, or `None` when there is no such recommendation.
    async fn coding_of(&self, id: i64) -> Result<Option<CodingRow>, StoreError> {
        Ok(self.coding_rows_in(super::coding::Scope::One(id)).await?.pop())
    }

    /// Suggestions nobody reviewed yet, one item per (recommendation, head), least sure first;
    /// with the count of all such items.
    pub async fn review_queue(
        &self,
        head: Option<Head>,
        limit: u32,
        offset: u32,
    ) -> Result<(u64, Vec<QueueItem>), StoreError> {
        let mut sql = Sql::default();
        let head_cond = match head {
            Some(h) => format!("s.head = {}", sql.bind(Arg::Text(h.as_str().into()))),
            None => "1 = 1".into(),
        };
        let waiting = format!(
            "FROM classification_suggestions s WHERE {head_cond} AND NOT EXISTS (SELECT 1 FROM classification_decisions d \
             WHERE d.recommendation_id = s.recommendation_id AND d.head = s.head)"
        );
        let mut count = sql.clone();
        count.text = format!(
            "SELECT COUNT(*) AS n FROM (SELECT s.recommendation_id, s.head {waiting} GROUP BY s.recommendation_id, s.head) q"
        );
        let total: i64 = count.query().fetch_one(&self.pool).await?.try_get("n")?;
        let (l, o) = (sql.bind(Arg::Int(limit.min(500).into())), sql.bind(Arg::Int(offset.into())));
        sql.text = format!(
            "SELECT s.recommendation_id, s.head, MIN(s.confidence) AS confidence {waiting} \
             GROUP BY s.recommendation_id, s.head ORDER BY MIN(s.confidence), s.recommendation_id, s.head LIMIT {l} OFFSET {o}"
        );
        let mut items = Vec::new();
        let rows = sql.query().fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.try_get("recommendation_id")).collect::<Result<_, _>>()?;
        let views: HashMap<i64, _> = self.recommendations_by_id(&ids).await?.into_iter().map(|v| (v.id, v)).collect();
        // The suggested values of the page's items, in one query.
        let mut values: HashMap<(i64, String), Vec<String>> = HashMap::new();
        if !ids.is_empty() {
            let mut q = Sql::default();
            let list = q.bind_list(ids.iter().map(|i| Arg::Int(*i)));
            q.text = format!(
                "SELECT recommendation_id, head, value FROM classification_suggestions WHERE recommendation_id IN ({list}) \
                 ORDER BY confidence DESC, value"
            );
            for row in q.query().fetch_all(&self.pool).await? {
                let key = (row.try_get("recommendation_id")?, row.try_get("head")?);
                values.entry(key).or_default().push(row.try_get("value")?);
            }
        }
        for row in rows {
            let id: i64 = row.try_get("recommendation_id")?;
            let (Some(head), Some(view)) = (Head::parse(&row.try_get::<String, _>("head")?), views.get(&id)) else {
                continue;
            };
            let values = values.remove(&(id, head.as_str().to_string())).unwrap_or_default();
            items.push(QueueItem {
                recommendation_id: id,
                sur: view.sur.clone(),
                session: view.session,
                text: view.text.clone(),
                head,
                values,
                confidence: row.try_get("confidence")?,
            });
        }
        Ok((total as u64, items))
    }
}
