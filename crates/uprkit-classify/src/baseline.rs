//! The two yardsticks printed beside the model's figures.
//!
//! - [`MostFrequent`]: the majority baseline. The most frequent action category; for issues
//!   and SDGs, the most frequent label *set* (the multi-label counterpart of the majority
//!   class: for SDGs that is usually "no SDG link", which scores an F1 of 0).
//! - [`TfidfSvm`]: the standard text-classification baseline, as scikit-learn's defaults give
//!   it: `TfidfVectorizer(ngram_range=(1, 2))` (lowercase, words of two or more characters,
//!   raw term frequency, smoothed idf, L2 norm) and one-vs-rest `LinearSVC()` (C = 1,
//!   squared hinge, tolerance 1e-4); a label is suggested when its margin is above 0, the
//!   action category is the highest margin.

use crate::classifier::{Classifier, Recipe};
use crate::features::Weighting;
use crate::text::Analyzer;
use crate::{Example, Prediction, Predictor, Suggested};
use std::collections::BTreeMap;

/// Predicts the same coding for every text: the training set's most frequent one per head.
#[derive(Debug, Clone, PartialEq)]
pub struct MostFrequent {
    action: Option<Suggested<u8>>,
    issues: Vec<Suggested<String>>,
    sdgs: Vec<Suggested<u8>>,
}

impl MostFrequent {
    /// Counts the codings of `examples`. Ties go to the smallest value.
    pub fn train(examples: &[Example]) -> Self {
        let action = most_frequent(examples.iter().filter_map(|e| e.action_category));
        let issues = most_frequent(examples.iter().filter_map(|e| {
            let mut set = e.issues.clone()?;
            set.sort();
            set.dedup();
            Some(set)
        }));
        let sdgs = most_frequent(examples.iter().filter_map(|e| {
            let mut set = e.sdg_goals.clone()?;
            set.sort();
            set.dedup();
            Some(set)
        }));
        MostFrequent { action, issues: each(issues), sdgs: each(sdgs) }
    }
}

/// Each label of a label set, with the set's confidence.
fn each<T>(set: Option<Suggested<Vec<T>>>) -> Vec<Suggested<T>> {
    set.map(|s| s.value.into_iter().map(|value| Suggested { value, confidence: s.confidence }).collect())
        .unwrap_or_default()
}

/// The most frequent value, with its share as confidence.
fn most_frequent<T: Ord>(values: impl Iterator<Item = T>) -> Option<Suggested<T>> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    let mut total = 0;
    for value in values {
        *counts.entry(value).or_insert(0) += 1;
        total += 1;
    }
    // `max_by_key` keeps the last of equals; reversing keeps the smallest.
    let (value, n) = counts.into_iter().rev().max_by_key(|(_, n)| *n)?;
    Some(Suggested { value, confidence: n as f32 / total as f32 })
}

impl Predictor for MostFrequent {
    fn predict(&self, _text: &str) -> Prediction {
        Prediction { action_category: self.action.clone(), issues: self.issues.clone(), sdg_goals: self.sdgs.clone() }
    }
}

/// Plain TF-IDF (words and word pairs) with one-vs-rest linear SVMs, scikit-learn's defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct TfidfSvm(Classifier);

/// scikit-learn's defaults (see the module documentation).
const PLAIN: Recipe = Recipe {
    analyzer: Analyzer::PLAIN,
    weighting: Weighting { sublinear_tf: false, min_df: 1, leading_weight: 1.0, char_weight: 1.0 },
    c: 1.0,
    eps: 1e-4,
    at_least_one_issue: false,
    prune: 0.0,
    threshold: 0.0,
    leading_for_action_only: false,
    action_c: 1.0,
    positive_weight: 1.0,
    cv_folds: 0,
    chars_for_sdgs_only: false,
};

impl TfidfSvm {
    /// Trains on `examples`; heads with too few examples are left out, as in the model.
    pub fn train(examples: &[Example]) -> Self {
        match Classifier::train_with(examples, PLAIN) {
            Ok(model) => TfidfSvm(model),
            // No examples or invalid codings: a baseline that suggests nothing.
            Err(_) => TfidfSvm(Classifier::empty(PLAIN)),
        }
    }
}

impl Predictor for TfidfSvm {
    fn predict(&self, text: &str) -> Prediction {
        self.0.predict(text)
    }
}
