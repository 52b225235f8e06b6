//! Reading classification: codings to learn from, the latest model, one recommendation's
//! suggestions and decisions, the review queue, repeats.

use super::{Coding, CodingRow, StoredModel};
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

/// `WHERE`-able condition restricting `r` to some States under Review, or everything.
fn sur_condition(sql: &mut Sql, surs: Option<&[String]>) -> String {
    match surs {
        Some(list) if !list.is_empty() => {
            format!("r.sur IN ({})", sql.bind_list(list.iter().map(|s| Arg::Text(s.clone()))))
        }
        Some(_) => "1 = 0".into(),
        None => "1 = 1".into(),
    }
}

/// One source row's own coding: each source's rows are learnt as their publisher coded
/// them, before merging joined them into recommendations.
#[derive(Debug, Clone)]
pub struct CodedSourceRow {
    /// State under Review (ISO3).
    pub sur: String,
    /// Session.
    pub session: u16,
    /// `UPR Info` or `DIHR`.
    pub publisher: String,
    /// Text as the source gives it.
    pub text: String,
    /// UPR Info action category.
    pub action_category: Option<u8>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// SDG goals (DIHR; empty: no link).
    pub sdg_goals: Vec<u8>,
}

impl Store {
    /// Every source row (of sessions up to `until_session`, or all) with its own coding.
    pub async fn coded_source_rows(&self, until_session: Option<u16>) -> Result<Vec<CodedSourceRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.sur, s.session, s.publisher, s.text, s.action_category, s.issues, s.sdgs FROM source_rows s \
             JOIN reviews r ON r.id = s.review_id WHERE s.session <= $1 ORDER BY s.id",
        )
        .bind(until_session.map_or(i64::MAX, i64::from))
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let issues: String = row.try_get("issues")?;
            let sdgs: String = row.try_get("sdgs")?;
            let mut sdg_goals: Vec<u8> =
                sdgs.split('|').filter_map(|l| l.split(':').next().and_then(|g| g.parse().ok())).collect();
            sdg_goals.dedup();
            out.push(CodedSourceRow {
                sur: row.try_get("sur")?,
                session: row.try_get::<i64, _>("session")? as u16,
                publisher: row.try_get("publisher")?,
                text: row.try_get("text")?,
                action_category: row.try_get::<Option<i64>, _>("action_category")?.map(|a| a as u8),
                issues: issues.split('|').filter(|i| !i.is_empty()).map(String::from).collect(),
                sdg_goals,
            });
        }
        Ok(out)
    }

    /// Every recommendation (of these States under Review, or all) with its coding from
    /// sources and from people, by id.
    pub async fn coding_rows(&self, surs: Option<&[String]>) -> Result<Vec<CodingRow>, StoreError> {
        let mut sql = Sql::default();
        let cond = sur_condition(&mut sql, surs);
        let run = |text: String| {
            let mut q = sql.clone();
            q.text = text;
            q
        };
        let mut rows: Vec<CodingRow> = Vec::new();
        let q = run(format!(
            "SELECT r.id, r.sur, r.session, r.cycle, r.text, r.action_category FROM recommendations r WHERE {cond} ORDER BY r.id"
        ));
        for row in q.query().fetch_all(&self.pool).await? {
            rows.push(CodingRow {
                id: row.try_get("id")?,
                sur: row.try_get("sur")?,
                session: row.try_get::<i64, _>("session")? as u16,
                cycle: row.try_get::<i64, _>("cycle")? as u8,
                text: row.try_get("text")?,
                source: Coding {
                    action_category: row.try_get::<Option<i64>, _>("action_category")?.map(|a| a as u8),
                    ..Coding::default()
                },
                decided: Coding::default(),
                dihr: false,
            });
        }
        let at: HashMap<i64, usize> = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let q = run(format!(
            "SELECT x.recommendation_id AS id, i.name FROM recommendation_issues x JOIN issues i ON i.id = x.issue_id \
             JOIN recommendations r ON r.id = x.recommendation_id WHERE {cond} ORDER BY i.name"
        ));
        for row in q.query().fetch_all(&self.pool).await? {
            if let Some(&i) = at.get(&row.try_get::<i64, _>("id")?) {
                rows[i].source.issues.get_or_insert_with(Vec::new).push(row.try_get("name")?);
            }
        }
        // DIHR coded a recommendation for SDGs even when it found no link.
        let q = run(format!(
            "SELECT DISTINCT s.recommendation_id AS id FROM source_rows s JOIN recommendations r ON r.id = s.recommendation_id \
             WHERE s.publisher = 'DIHR' AND {cond}"
        ));
        for row in q.query().fetch_all(&self.pool).await? {
            if let Some(&i) = at.get(&row.try_get::<i64, _>("id")?) {
                rows[i].source.sdgs.get_or_insert_with(Vec::new);
                rows[i].dihr = true;
            }
        }
        let q = run(format!(
            "SELECT DISTINCT x.recommendation_id AS id, x.goal FROM recommendation_sdgs x \
             JOIN recommendations r ON r.id = x.recommendation_id WHERE {cond} ORDER BY x.goal"
        ));
        for row in q.query().fetch_all(&self.pool).await? {
            if let Some(&i) = at.get(&row.try_get::<i64, _>("id")?) {
                rows[i].source.sdgs.get_or_insert_with(Vec::new).push(row.try_get::<i64, _>("goal")? as u8);
            }
        }
        let q = run(format!(
            "SELECT d.recommendation_id AS id, d.head, d.value FROM classification_decisions d \
             JOIN recommendations r ON r.id = d.recommendation_id WHERE {cond} ORDER BY d.value"
        ));
        for row in q.query().fetch_all(&self.pool).await? {
            let Some(&i) = at.get(&row.try_get::<i64, _>("id")?) else { continue };
            let value: String = row.try_get("value")?;
            let decided = &mut rows[i].decided;
            match Head::parse(&row.try_get::<String, _>("head")?) {
                Some(Head::ActionCategory) => decided.action_category = value.parse().ok(),
                Some(Head::Issue) => {
                    let list = decided.issues.get_or_insert_with(Vec::new);
                    list.extend((!value.is_empty()).then_some(value));
                }
                Some(Head::Sdg) => {
                    let list = decided.sdgs.get_or_insert_with(Vec::new);
                    list.extend(value.parse::<u8>().ok());
                }
                None => {}
            }
        }
        Ok(rows)
    }

    /// The classifier's work on these States' recommendations (or all): `(id,
    /// "head=value@model version")` per suggestion and `(id, "repeats=earlier id")` per
    /// repeat. Comparing it before and after a run tells whether anything changed and which
    /// recommendations to re-index.
    pub async fn classification_keys(
        &self,
        surs: Option<&[String]>,
    ) -> Result<std::collections::BTreeSet<(i64, String)>, StoreError> {
        let mut sql = Sql::default();
        let cond = sur_condition(&mut sql, surs);
        let mut out = std::collections::BTreeSet::new();
        let mut q = sql.clone();
        q.text = format!(
            "SELECT s.recommendation_id AS id, s.head, s.value, s.model_version FROM classification_suggestions s \
             JOIN recommendations r ON r.id = s.recommendation_id WHERE {cond}"
        );
        for row in q.query().fetch_all(&self.pool).await? {
            let (head, value): (String, String) = (row.try_get("head")?, row.try_get("value")?);
            let version: i64 = row.try_get("model_version")?;
            out.insert((row.try_get("id")?, format!("{head}={value}@{version}")));
        }
        sql.text = format!(
            "SELECT p.recommendation_id AS id, p.earlier_id FROM recommendation_repeats p \
             JOIN recommendations r ON r.id = p.recommendation_id WHERE {cond}"
        );
        for row in sql.query().fetch_all(&self.pool).await? {
            out.insert((row.try_get("id")?, format!("repeats={}", row.try_get::<i64, _>("earlier_id")?)));
        }
        Ok(out)
    }

    /// The newest model, if one was trained.
    pub async fn latest_model(&self) -> Result<Option<StoredModel>, StoreError> {
        let row = sqlx::query(
            "SELECT version, trained_at, trained_by, training, model FROM classifier_models ORDER BY version DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let training: String = row.try_get("training")?;
        Ok(Some(StoredModel {
            version: row.try_get("version")?,
            trained_at: row.try_get("trained_at")?,
            trained_by: row.try_get("trained_by")?,
            training: serde_json::from_str(&training).unwrap_or(serde_json::Value::Null),
            bytes: row.try_get("model")?,
        }))
    }

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
        let Some(view) = self.recommendation(id).await? else { return Ok(None) };
        Ok(self.coding_rows(Some(&[view.sur])).await?.into_iter().find(|r| r.id == id))
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
        for row in rows {
            let id: i64 = row.try_get("recommendation_id")?;
            let (Some(head), Some(view)) = (Head::parse(&row.try_get::<String, _>("head")?), views.get(&id)) else {
                continue;
            };
            let values = self.classification(id).await?.suggestions.into_iter().filter(|s| s.head == head);
            items.push(QueueItem {
                recommendation_id: id,
                sur: view.sur.clone(),
                session: view.session,
                text: view.text.clone(),
                head,
                values: values.map(|s| s.value).collect(),
                confidence: row.try_get("confidence")?,
            });
        }
        Ok((total as u64, items))
    }

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
