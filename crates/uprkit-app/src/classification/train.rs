//! `uprkit classify train`: learn the coding from every coded recommendation in the database
//! (and people's decisions), store the model as the next version with what it learnt from.

use super::may_classify;
use crate::{App, AppError};
use serde::Serialize;
use uprkit_classify::Classifier;
use uprkit_store::Actor;

/// What to train on.
#[derive(Debug, Clone, Default)]
pub struct TrainingOptions {
    /// Only recommendations of sessions up to this one (a held-out evaluation trains on the
    /// early sessions and evaluates on the later ones).
    pub until_session: Option<u16>,
}

/// What a training run did.
#[derive(Debug, Clone, Serialize)]
pub struct TrainingReport {
    /// Version of the new model.
    pub version: i64,
    /// Recommendations coded for each head that it learnt from.
    pub action_category: usize,
    /// Recommendations with issues.
    pub issues: usize,
    /// Recommendations with an SDG coding (a link or "no link").
    pub sdgs: usize,
    /// Of them, recommendations whose coding a person decided.
    pub decisions: usize,
    /// Sessions it learnt from, first and last.
    pub sessions: Option<(u16, u16)>,
    /// Size of the stored model, in bytes.
    pub model_bytes: usize,
    /// Seconds spent learning.
    pub seconds: f64,
}

impl App {
    /// Trains a model on every coded recommendation (sources' coding, and people's decisions
    /// where no source coded) and stores it as the next version. Deterministic: the same
    /// database gives the same model.
    pub async fn train_classifier(&self, actor: &Actor, options: &TrainingOptions) -> Result<TrainingReport, AppError> {
        may_classify(actor)?;
        let set = self.training_set(options.until_session).await?;
        let examples = set.examples;
        let count = |f: &dyn Fn(&uprkit_classify::Example) -> bool| examples.iter().filter(|e| f(e)).count();
        let action_category = count(&|e| e.action_category.is_some());
        let issues = count(&|e| e.issues.is_some());
        let sdgs = count(&|e| e.sdg_goals.is_some());
        if action_category + issues + sdgs == 0 {
            return Err(AppError::Invalid(
                "no coded recommendation to learn from: import UPR Info or DIHR data first (uprkit import upr-info FILE)"
                    .into(),
            ));
        }
        let (decisions, reviews, sessions) = (set.decisions, set.reviews, set.sessions);
        let recommendations = examples.len();
        let started = std::time::Instant::now();
        let model =
            self.blocking(move || Classifier::train(&examples).map_err(|e| AppError::Invalid(e.to_string()))).await?;
        let seconds = started.elapsed().as_secs_f64();
        let bytes = model.to_bytes();
        let model_bytes = bytes.len();
        let training = serde_json::json!({
            "recommendations": recommendations,
            "action_category": action_category,
            "issues": issues,
            "sdgs": sdgs,
            "decisions": decisions,
            "until_session": options.until_session,
            "sessions": sessions,
            // The reviews it learnt from: evaluation leaves them out.
            "reviews": reviews,
            "summary": model.summary(),
        });
        let mut uow = self.begin(actor).await?;
        let version = uow.save_model(&training, bytes).await?;
        self.commit(uow).await?;
        Ok(TrainingReport { version, action_category, issues, sdgs, decisions, sessions, model_bytes, seconds })
    }
}
