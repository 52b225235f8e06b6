//! Classification use-cases (issue 12): train the classifier on the coded recommendations,
//! suggest a coding for those no source coded (after each import and on demand), let people
//! confirm or correct suggestions, evaluate a model on coded files it never saw, and link
//! recommendations repeated across cycles.

mod apply;
mod evaluate;
mod examples;
mod review;
mod train;

pub use apply::ApplyReport;
pub use evaluate::{EvaluationReport, ModelScores};
pub use examples::{FileExample, examples_from_batch};
pub use review::QUEUE_PAGE;
pub use train::{TrainingOptions, TrainingReport};

use crate::AppError;
use uprkit_store::Actor;

/// Training and applying models rewrite what the whole installation shows: administrators and
/// the command line only.
fn may_classify(actor: &Actor) -> Result<(), AppError> {
    if !actor.is_authenticated() {
        return Err(AppError::SignInNeeded);
    }
    if !actor.is_admin() {
        return Err(AppError::Forbidden("training and applying the classifier is for platform administrators".into()));
    }
    Ok(())
}
