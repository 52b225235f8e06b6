//! Reading what classification learns from and what it wrote: each recommendation's coding
//! from sources and people, each source row's own coding, the newest model.

use super::{Coding, CodingRow, StoredModel};
use crate::args::{Arg, Sql};
use crate::{Store, StoreError};
use sqlx::Row;
use std::collections::HashMap;
use uprkit_core::classification::Head;

/// `WHERE`-able condition restricting `r` to some States under Review, or everything.
pub(super) fn sur_condition(sql: &mut Sql, surs: Option<&[String]>) -> String {
    match surs {
        Some(list) if !list.is_empty() => {
            format!("r.sur IN ({})", sql.bind_list(list.iter().map(|s| Arg::Text(s.clone()))))
        }
        Some(_) => "1 = 0".into(),
        None => "1 = 1".into(),
    }
}

/// Which recommendations [`Store::coding_rows`] reads.
#[derive(Debug, Clone, Copy)]
pub(super) enum Scope<'a> {
    /// Those of these States under Review, or all.
    States(Option<&'a [String]>),
    /// One.
    One(i64),
}

impl Scope<'_> {
    /// The condition over `recommendations r`.
    fn condition(self, sql: &mut Sql) -> String {
        match self {
            Scope::States(surs) => sur_condition(sql, surs),
            Scope::One(id) => format!("r.id = {}", sql.bind(Arg::Int(id))),
        }
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
        self.coding_rows_in(Scope::States(surs)).await
    }

    /// [`Store::coding_rows`] of a scope.
    pub(super) async fn coding_rows_in(&self, scope: Scope<'_>) -> Result<Vec<CodingRow>, StoreError> {
        let mut sql = Sql::default();
        let cond = scope.condition(&mut sql);
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
}
