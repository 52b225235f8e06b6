//! `uprkit classify apply`: suggest a coding for every head no source coded, with the newest
//! model, and link repeated recommendations; run on demand and after every import.

use super::may_classify;
use crate::{App, AppError};
use serde::Serialize;
use std::collections::BTreeSet;
use uprkit_classify::{Classifier, Predictor};
use uprkit_core::classification::Head;
use uprkit_core::repeats::{RepeatCandidate, find_repeats};
use uprkit_store::Actor;
use uprkit_store::classification::{CodingRow, NewSuggestion};

/// What a run of the classifier did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ApplyReport {
    /// Version of the model used; `None` when no model is trained yet (only repeats were linked).
    pub model_version: Option<i64>,
    /// Recommendations looked at.
    pub recommendations: usize,
    /// Recommendations given a suggestion for at least one head.
    pub suggested: usize,
    /// Suggestions per head.
    pub action_category: usize,
    /// Issue suggestions.
    pub issues: usize,
    /// SDG goal suggestions.
    pub sdgs: usize,
    /// Links to earlier recommendations asking the same thing.
    pub repeats: usize,
}

impl App {
    /// Suggests a coding for the recommendations of these States under Review (or all) where
    /// no source coded it, replacing earlier suggestions (never a source's coding nor a
    /// person's decision), and links repeats. One unit of work with its audit entry.
    pub async fn apply_classifier(&self, actor: &Actor, surs: Option<Vec<String>>) -> Result<ApplyReport, AppError> {
        may_classify(actor)?;
        self.run_classifier(actor, surs).await
    }

    /// [`App::apply_classifier`] once the actor's right is checked: by an administrator, or
    /// as the consequence of an import the actor may make.
    async fn run_classifier(&self, actor: &Actor, surs: Option<Vec<String>>) -> Result<ApplyReport, AppError> {
        let rows = self.store.coding_rows(surs.as_deref()).await?;
        let model = self.store.latest_model().await?;
        let mut report = ApplyReport { recommendations: rows.len(), ..ApplyReport::default() };
        let (suggestions, repeats, version) = self
            .blocking(move || {
                let version = model.as_ref().map(|m| m.version);
                let classifier =
                    match model {
                        Some(m) => Some(Classifier::from_bytes(&m.bytes).map_err(|e| {
                            AppError::Internal(format!("model version {} cannot be read: {e}", m.version))
                        })?),
                        None => None,
                    };
                let suggestions = classifier.map(|c| suggest(&c, &rows)).unwrap_or_default();
                Ok((suggestions, link_repeats(&rows), version))
            })
            .await?;
        report.model_version = version;
        report.suggested = suggestions.iter().map(|s| s.recommendation_id).collect::<BTreeSet<_>>().len();
        for s in &suggestions {
            match s.head {
                Head::ActionCategory => report.action_category += 1,
                Head::Issue => report.issues += 1,
                Head::Sdg => report.sdgs += 1,
            }
        }
        report.repeats = repeats.len();
        let before = self.store.classification_keys(surs.as_deref()).await?;
        let after: BTreeSet<(i64, String)> = suggestions
            .iter()
            .map(|s| (s.recommendation_id, format!("{}={}@{}", s.head.as_str(), s.value, version.unwrap_or(0))))
            .chain(repeats.iter().map(|(id, earlier, _)| (*id, format!("repeats={earlier}"))))
            .collect();
        if before == after {
            // Nothing to write: a re-import, or a run with the same model, changes nothing.
            return Ok(report);
        }
        // Re-indexed: those whose suggested values or repeats changed (a new model's version
        // alone changes no value the index holds, but costs little).
        let changed: BTreeSet<i64> = before.symmetric_difference(&after).map(|(id, _)| *id).collect();
        let mut uow = self.begin(actor).await?;
        uow.replace_suggestions(surs.as_deref(), suggestions, version.unwrap_or(0)).await?;
        uow.replace_repeats(surs.as_deref(), repeats).await?;
        let scope = surs.map(|s| s.join(",")).unwrap_or_else(|| "all".into());
        let details = serde_json::to_value(&report).map_err(|e| AppError::Internal(e.to_string()))?;
        uow.audit(None, "classify.apply", "classification", &scope, None, Some(details));
        uow.changed(changed);
        self.commit(uow).await?;
        Ok(report)
    }

    /// Runs the classifier over the States an import touched, as part of the import (the
    /// caller checked the actor may import). The import has already been committed when this
    /// runs: a failure here is logged, never undoes it, and `uprkit classify apply` repeats it.
    pub(crate) async fn classify_after_import(&self, actor: &Actor, surs: Vec<String>) {
        if surs.is_empty() {
            return;
        }
        if let Err(e) = self.run_classifier(actor, Some(surs)).await {
            tracing::warn!("suggesting a coding after the import failed: {e}; run `uprkit classify apply`");
        }
    }
}

/// The suggestions of `classifier` for every head no source coded.
fn suggest(classifier: &Classifier, rows: &[CodingRow]) -> Vec<NewSuggestion> {
    let mut out = Vec::new();
    for row in rows {
        let missing = [row.source.action_category.is_none(), row.source.issues.is_none(), row.source.sdgs.is_none()];
        if !missing.iter().any(|m| *m) {
            continue;
        }
        let p = classifier.predict(&row.text);
        let id = row.id;
        let mut push = |head: Head, value: String, confidence: f32| {
            out.push(NewSuggestion { recommendation_id: id, head, value, confidence: f64::from(confidence) })
        };
        if missing[0] {
            if let Some(a) = p.action_category {
                push(Head::ActionCategory, a.value.to_string(), a.confidence);
            }
        }
        if missing[1] {
            for s in p.issues {
                push(Head::Issue, s.value, s.confidence);
            }
        }
        if missing[2] {
            for s in p.sdg_goals {
                push(Head::Sdg, s.value.to_string(), s.confidence);
            }
        }
    }
    out
}

/// Repeats among the rows: (recommendation, earlier recommendation, score).
fn link_repeats(rows: &[CodingRow]) -> Vec<(i64, i64, f64)> {
    let candidates: Vec<RepeatCandidate> = rows
        .iter()
        .map(|r| RepeatCandidate { id: r.id, sur: r.sur.clone(), cycle: r.cycle, text: r.text.clone() })
        .collect();
    find_repeats(&candidates).into_iter().map(|r| (r.id, r.earlier_id, f64::from(r.score))).collect()
}
