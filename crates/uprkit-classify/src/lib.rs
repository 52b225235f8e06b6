//! Learns how UPR Info coded recommendations (action category, issues) and how DIHR linked them
//! to SDG goals, and suggests that coding for recommendations nobody has coded yet.
//!
//! The model ([`Classifier`]) is TF-IDF over words, crude stems and word pairs, plus features
//! for the leading verb phrase ("continue its efforts", "consider ratifying") and the text's
//! shape for the action category and character n-grams for the SDG goals, with one linear SVM
//! per label (L2-loss, trained by dual coordinate descent as LIBLINEAR does). Thresholds,
//! category offsets and confidence scales are fitted to out-of-fold margins of an internal
//! cross-validation. Pure Rust, no I/O: a trained model goes to and from bytes
//! ([`Classifier::to_bytes`]).
//!
//! [`baseline`] holds the two yardsticks the product prints beside the model's figures and
//! [`evaluate`] the metrics.

pub mod baseline;
mod calibrate;
mod classifier;
mod codec;
pub mod evaluate;
mod features;
mod heads;
mod recipe;
mod svm;
mod text;
#[cfg(test)]
mod validation;

pub use classifier::{Classifier, HeadSummary, MIN_EXAMPLES, MIN_POSITIVE, ModelSummary};
pub use codec::FORMAT_VERSION;

use serde::Serialize;
use std::collections::HashSet;

/// One recommendation as the classifier sees it. For each head, `None` = not coded (never
/// used as a negative example); `Some(vec![])` = coded with no label, which is only meaningful
/// for SDGs (DIHR's "No SDG link identified").
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Recommendation text.
    pub text: String,
    /// UPR Info action category, 1-5.
    pub action_category: Option<u8>,
    /// UPR Info issues.
    pub issues: Option<Vec<String>>,
    /// SDG goals, 1-17.
    pub sdg_goals: Option<Vec<u8>>,
}

/// A suggested value with the model's confidence in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggested<T> {
    /// The value suggested.
    pub value: T,
    /// In 0..=1; meant for ranking (the lowest first are the most doubtful), roughly a
    /// probability: see [`Classifier`] for how it is computed.
    pub confidence: f32,
}

/// What a model suggests for one recommendation. A head the model lacks gives `None` / empty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prediction {
    /// Action category, 1-5.
    pub action_category: Option<Suggested<u8>>,
    /// UPR Info issues, most confident first.
    pub issues: Vec<Suggested<String>>,
    /// SDG goals, most confident first; empty = no SDG link.
    pub sdg_goals: Vec<Suggested<u8>>,
}

/// Anything that suggests a coding for a recommendation text: the model and the baselines.
pub trait Predictor {
    /// Suggests a coding for `text`.
    fn predict(&self, text: &str) -> Prediction;
}

/// Why a model could not be trained or read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ClassifyError {
    /// Nothing to learn from.
    #[error("no recommendation to learn from")]
    NoExamples,
    /// An example's coding is out of range (an action category outside 1-5, an SDG outside 1-17).
    #[error("example {index}: {reason}")]
    InvalidExample {
        /// Position of the example in the input.
        index: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The bytes are not a model this version can read.
    #[error("not a uprkit classifier model: {0}")]
    Format(String),
}

/// Drops exact repeats: the same text (ignoring case and spacing) with the same coding, keeping
/// the first. Sources that split a joint recommendation into one row per recommending State
/// would otherwise weigh it once per State. Texts repeated with a different coding are kept:
/// each coding is evidence.
pub fn dedupe(examples: Vec<Example>) -> Vec<Example> {
    let mut seen = HashSet::new();
    examples
        .into_iter()
        .filter(|e| {
            let text = e.text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            seen.insert((text, e.action_category, e.issues.clone(), e.sdg_goals.clone()))
        })
        .collect()
}
