//! How a model is built: the knobs of the model's recipe and of the plain baseline's.

use crate::features::Weighting;
use crate::text::Analyzer;

/// How a model is built: the model's own recipe, or the plain baseline's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Recipe {
    pub analyzer: Analyzer,
    pub weighting: Weighting,
    /// SVM cost.
    pub c: f64,
    /// Solver tolerance.
    pub eps: f64,
    /// Issues: suggest the best label even when none clears its threshold (every recommendation
    /// UPR Info coded has at least one issue).
    pub at_least_one_issue: bool,
    /// Weights below this are dropped from the model.
    pub prune: f32,
    /// Added to every issue's and SDG's margin threshold (below 0 favours recall).
    pub threshold: f32,
    /// The leading verb phrase serves the action category only; issues and SDGs do without.
    pub leading_for_action_only: bool,
    /// SVM cost of the action category head.
    pub action_c: f64,
    /// Factor on the cost of a positive example in the issue and SDG heads (above 1 favours
    /// recall of rare labels).
    pub positive_weight: f64,
    /// Folds of the internal cross-validation that sets each issue's and SDG's threshold and
    /// confidence scale from out-of-fold margins; 0 for none (fixed `threshold`).
    pub cv_folds: u8,
    /// Only the SDG head sees the character n-grams (they help it; the action category and
    /// issues do as well without them, and train several times faster).
    pub chars_for_sdgs_only: bool,
}

impl Recipe {
    /// The model's recipe, chosen on validation sessions inside the acceptance test's training
    /// sessions (`src/validation.rs`).
    pub const MODEL: Recipe = Recipe {
        analyzer: Analyzer::MODEL,
        weighting: Weighting { sublinear_tf: true, min_df: 2, leading_weight: 2.0, char_weight: 0.5 },
        c: 1.0,
        eps: 0.1,
        at_least_one_issue: true,
        prune: 0.05,
        // Used only when a head has too few examples for its cross-validation.
        threshold: -0.3,
        leading_for_action_only: true,
        action_c: 0.5,
        positive_weight: 1.0,
        cv_folds: 3,
        chars_for_sdgs_only: true,
    };
}

impl Recipe {
    /// The kinds of terms the heads see: whether the issues and SDGs see the leading verb
    /// phrase (the action category always does), and whether the action category, issues
    /// and SDGs see the character n-grams.
    pub(crate) fn views(&self) -> (bool, [bool; 3]) {
        let others = !self.chars_for_sdgs_only;
        (!self.leading_for_action_only, [others, others, true])
    }
}
