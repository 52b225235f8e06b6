//! Writing classification, inside a unit of work: a trained model, the suggestions of a run,
//! repeats, and a person's decision.

use crate::args::{Arg, Sql};
use crate::{StoreError, UnitOfWork};
use sqlx::Row;
use uprkit_core::classification::Head;

/// One suggested value.
#[derive(Debug, Clone)]
pub struct NewSuggestion {
    /// Recommendation id.
    pub recommendation_id: i64,
    /// Head.
    pub head: Head,
    /// Value (`5`, `Death penalty`, `16`).
    pub value: String,
    /// Confidence, 0-1.
    pub confidence: f64,
}

/// A person's decision on one head of one recommendation.
#[derive(Debug, Clone)]
pub struct NewDecision {
    /// Recommendation id.
    pub recommendation_id: i64,
    /// Head.
    pub head: Head,
    /// The values decided, checked by [`Head::value`]; empty: none.
    pub values: Vec<String>,
}

/// `recommendation_id IN (...)` restricted to recommendations of these States, or all.
fn scope(sql: &mut Sql, surs: Option<&[String]>) -> String {
    let states = super::coding::sur_condition(sql, surs);
    format!("recommendation_id IN (SELECT r.id FROM recommendations r WHERE {states})")
}

impl UnitOfWork {
    /// Stores a trained model as the next version; its version.
    pub async fn save_model(&mut self, training: &serde_json::Value, bytes: Vec<u8>) -> Result<i64, StoreError> {
        let row = self
            .fetch_one(&Sql {
                text: "SELECT COALESCE(MAX(version), 0) AS v FROM classifier_models".into(),
                args: vec![],
            })
            .await?;
        let version: i64 = row.try_get::<i64, _>("v")? + 1;
        let by = self.actor_name().await?;
        let mut sql = Sql::default();
        sql.text = format!(
            "INSERT INTO classifier_models (version, trained_at, trained_by, training, model) VALUES ({}, {}, {}, {}, {})",
            sql.bind(Arg::Int(version)),
            sql.bind(Arg::Text(crate::now())),
            sql.bind(Arg::Text(by)),
            sql.bind(Arg::Text(training.to_string())),
            sql.bind(Arg::Bytes(bytes)),
        );
        self.execute(&sql).await?;
        self.audit(None, "classify.train", "classifier_model", &version.to_string(), None, Some(training.clone()));
        Ok(version)
    }

    /// Replaces every suggestion of the recommendations of these States (or all) with
    /// `suggestions`, made by model `model_version`.
    pub async fn replace_suggestions(
        &mut self,
        surs: Option<&[String]>,
        suggestions: Vec<NewSuggestion>,
        model_version: i64,
    ) -> Result<(), StoreError> {
        let mut sql = Sql::default();
        sql.text = format!("DELETE FROM classification_suggestions WHERE {}", scope(&mut sql, surs));
        self.execute(&sql).await?;
        let rows = suggestions
            .into_iter()
            .map(|s| {
                vec![
                    Arg::Int(s.recommendation_id),
                    Arg::Text(s.head.as_str().into()),
                    Arg::Text(s.value),
                    Arg::Real(s.confidence),
                    Arg::Int(model_version),
                ]
            })
            .collect();
        let columns = ["recommendation_id", "head", "value", "confidence", "model_version"];
        self.bulk_insert("classification_suggestions", &columns, rows, "ON CONFLICT DO NOTHING").await
    }

    /// Replaces the repeat links of the recommendations of these States (or all).
    pub async fn replace_repeats(
        &mut self,
        surs: Option<&[String]>,
        repeats: Vec<(i64, i64, f64)>,
    ) -> Result<(), StoreError> {
        let mut sql = Sql::default();
        sql.text = format!("DELETE FROM recommendation_repeats WHERE {}", scope(&mut sql, surs));
        self.execute(&sql).await?;
        let rows =
            repeats.into_iter().map(|(id, earlier, score)| vec![Arg::Int(id), Arg::Int(earlier), Arg::Real(score)]);
        let columns = ["recommendation_id", "earlier_id", "score"];
        self.bulk_insert("recommendation_repeats", &columns, rows.collect(), "ON CONFLICT DO NOTHING").await
    }

    /// Records a person's decision on a head, replacing an earlier one; `decision` says
    /// whether it confirms the suggestion or corrects it. Audited with before and after.
    pub async fn decide(&mut self, d: &NewDecision, decision: &str) -> Result<(), StoreError> {
        let mut sql = Sql::default();
        let (id, head) = (sql.bind(Arg::Int(d.recommendation_id)), sql.bind(Arg::Text(d.head.as_str().into())));
        sql.text = format!(
            "SELECT value FROM classification_decisions WHERE recommendation_id = {id} AND head = {head} ORDER BY value"
        );
        let before: Vec<String> =
            sql.query().fetch_all(self.conn()?).await?.iter().map(|r| r.try_get("value")).collect::<Result<_, _>>()?;
        sql.text = format!("DELETE FROM classification_decisions WHERE recommendation_id = {id} AND head = {head}");
        self.execute(&sql).await?;
        let (by, by_name, at) = (self.actor().user_id(), self.actor_name().await?, crate::now());
        let values = if d.values.is_empty() { vec![String::new()] } else { d.values.clone() };
        let rows = values
            .iter()
            .map(|v| {
                vec![
                    Arg::Int(d.recommendation_id),
                    Arg::Text(d.head.as_str().into()),
                    Arg::Text(v.clone()),
                    Arg::Text(decision.into()),
                    Arg::OptInt(by),
                    Arg::Text(by_name.clone()),
                    Arg::Text(at.clone()),
                ]
            })
            .collect();
        let columns = ["recommendation_id", "head", "value", "decision", "decided_by", "decided_by_name", "decided_at"];
        self.bulk_insert("classification_decisions", &columns, rows, "ON CONFLICT DO NOTHING").await?;
        let record = format!("{}:{}", d.recommendation_id, d.head.as_str());
        let after = serde_json::json!({ "values": d.values, "decision": decision });
        let before = (!before.is_empty()).then(|| serde_json::json!({ "values": before }));
        self.audit(None, "classify.decide", "classification", &record, before, Some(after));
        self.changed([d.recommendation_id]);
        Ok(())
    }

    /// The name the actor's changes are signed with: the user's display name, or "command line".
    async fn actor_name(&mut self) -> Result<String, StoreError> {
        let Some(user) = self.actor().user_id() else { return Ok("command line".into()) };
        let mut sql = Sql::default();
        sql.text = format!("SELECT display_name FROM users WHERE id = {}", sql.bind(Arg::Int(user)));
        Ok(self.fetch_one(&sql).await?.try_get("display_name")?)
    }
}
