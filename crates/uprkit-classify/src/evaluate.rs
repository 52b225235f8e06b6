//! Metrics: how well a model's suggestions match the coding of held-out recommendations. Each
//! head is scored only on the examples coded for it.

use crate::{Example, Predictor};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Scores per head; `None` when no test example is coded for that head.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// Action category.
    pub action: Option<ActionScores>,
    /// UPR Info issues.
    pub issues: Option<IssueScores>,
    /// SDG goals.
    pub sdgs: Option<SdgScores>,
}

/// Action category: one label per recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionScores {
    /// Examples scored.
    pub n: usize,
    /// Share predicted right (no prediction counts as wrong).
    pub accuracy: f64,
    /// Mean F1 over the categories in the coding or the predictions.
    pub macro_f1: f64,
}

/// Issues: several labels per recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssueScores {
    /// Examples scored.
    pub n: usize,
    /// F1 over all (recommendation, issue) pairs.
    pub micro_f1: f64,
    /// Mean F1 over the issues in the coding or the predictions.
    pub macro_f1: f64,
}

/// SDG goals: none or several per recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SdgScores {
    /// Examples scored (including those coded with no SDG link).
    pub n: usize,
    /// F1 over all (recommendation, goal) pairs; an empty coding predicted empty adds nothing.
    pub micro_f1: f64,
}

/// Scores `model` on `test`.
pub fn evaluate(model: &dyn Predictor, test: &[Example]) -> Scores {
    let mut action = Counts::default();
    let mut issues = Counts::default();
    let mut sdgs = Counts::default();
    let (mut n_action, mut right, mut n_issues, mut n_sdgs) = (0, 0, 0, 0);
    for example in test {
        if example.action_category.is_none() && example.issues.is_none() && example.sdg_goals.is_none() {
            continue;
        }
        let p = model.predict(&example.text);
        if let Some(gold) = example.action_category {
            n_action += 1;
            let predicted = p.action_category.as_ref().map(|s| s.value);
            right += usize::from(predicted == Some(gold));
            action.add(&BTreeSet::from([gold.to_string()]), &predicted.iter().map(u8::to_string).collect());
        }
        if let Some(gold) = &example.issues {
            n_issues += 1;
            issues.add(&gold.iter().cloned().collect(), &p.issues.iter().map(|s| s.value.clone()).collect());
        }
        if let Some(gold) = &example.sdg_goals {
            n_sdgs += 1;
            sdgs.add(
                &gold.iter().map(u8::to_string).collect(),
                &p.sdg_goals.iter().map(|s| s.value.to_string()).collect(),
            );
        }
    }
    Scores {
        action: (n_action > 0).then(|| ActionScores {
            n: n_action,
            accuracy: right as f64 / n_action as f64,
            macro_f1: action.macro_f1(),
        }),
        issues: (n_issues > 0).then(|| IssueScores {
            n: n_issues,
            micro_f1: issues.micro_f1(),
            macro_f1: issues.macro_f1(),
        }),
        sdgs: (n_sdgs > 0).then(|| SdgScores { n: n_sdgs, micro_f1: sdgs.micro_f1() }),
    }
}

/// True positives, false positives and false negatives per label.
#[derive(Default)]
struct Counts(BTreeMap<String, [usize; 3]>);

impl Counts {
    fn add(&mut self, gold: &BTreeSet<String>, predicted: &BTreeSet<String>) {
        for label in gold.union(predicted) {
            let c = self.0.entry(label.clone()).or_default();
            match (gold.contains(label), predicted.contains(label)) {
                (true, true) => c[0] += 1,
                (false, true) => c[1] += 1,
                _ => c[2] += 1,
            }
        }
    }

    fn micro_f1(&self) -> f64 {
        let [tp, fp, fn_] = self.0.values().fold([0; 3], |a, c| [a[0] + c[0], a[1] + c[1], a[2] + c[2]]);
        f1(tp, fp, fn_)
    }

    fn macro_f1(&self) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        self.0.values().map(|c| f1(c[0], c[1], c[2])).sum::<f64>() / self.0.len() as f64
    }
}

/// `2tp / (2tp + fp + fn)`, 0 when there is nothing to count.
fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let denominator = 2 * tp + fp + fn_;
    if denominator == 0 { 0.0 } else { (2 * tp) as f64 / denominator as f64 }
}
