//! `uprkit classify evaluate`: how good the current model is on coded files it never saw,
//! beside two baselines trained on the same data in the same run.

use super::examples::FileExample;
use super::may_classify;
use crate::{App, AppError};
use serde::Serialize;
use std::collections::BTreeSet;
use uprkit_classify::baseline::{MostFrequent, TfidfSvm};
use uprkit_classify::evaluate::{Scores, evaluate};
use uprkit_classify::{Classifier, Example};
use uprkit_store::Actor;

/// One model's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ModelScores {
    /// `uprkit model N`, `baseline: most frequent`, `baseline: TF-IDF linear SVM`.
    pub model: String,
    /// Its figures per head.
    pub scores: Scores,
}

/// An evaluation run.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationReport {
    /// Version of the model evaluated.
    pub model_version: i64,
    /// Recommendations read from the files.
    pub read: usize,
    /// Of them, those of reviews the model learnt from: left out, so that every figure is
    /// on data the model never saw.
    pub left_out_seen: usize,
    /// Recommendations evaluated.
    pub evaluated: usize,
    /// The model's figures, then the baselines'.
    pub models: Vec<ModelScores>,
}

impl App {
    /// Evaluates the newest model on coded recommendations read from files, never training
    /// on them; the baselines learn from what the model learnt from.
    pub async fn evaluate_classifier(
        &self,
        actor: &Actor,
        examples: Vec<FileExample>,
    ) -> Result<EvaluationReport, AppError> {
        may_classify(actor)?;
        let model =
            self.store.latest_model().await?.ok_or_else(|| {
                AppError::Invalid("no model is trained yet: run `uprkit classify train` first".into())
            })?;
        let seen: BTreeSet<String> = model.training["reviews"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
            .unwrap_or_default();
        let read = examples.len();
        let test: Vec<Example> = examples
            .into_iter()
            .filter(|e| !seen.contains(&format!("{}:{}", e.sur, e.session)))
            .map(|e| e.example)
            .collect();
        if test.is_empty() {
            return Err(AppError::Invalid(format!(
                "the files hold no recommendation the model has not learnt from ({read} read, all of reviews it was \
                 trained on): train on fewer sessions (uprkit classify train --until-session N) to hold some out"
            )));
        }
        let until = model.training["until_session"].as_u64().map(|s| s as u16);
        let training = self.training_set(until).await?.examples;
        let version = model.version;
        let evaluated = test.len();
        let models = self
            .blocking(move || {
                let current = Classifier::from_bytes(&model.bytes)
                    .map_err(|e| AppError::Internal(format!("model version {version} cannot be read: {e}")))?;
                let most = MostFrequent::train(&training);
                let svm = TfidfSvm::train(&training);
                Ok(vec![
                    ModelScores { model: format!("uprkit model {version}"), scores: evaluate(&current, &test) },
                    ModelScores { model: "baseline: most frequent".into(), scores: evaluate(&most, &test) },
                    ModelScores { model: "baseline: TF-IDF linear SVM".into(), scores: evaluate(&svm, &test) },
                ])
            })
            .await?;
        Ok(EvaluationReport { model_version: version, read, left_out_seen: read - evaluated, evaluated, models })
    }
}
