//! `uprkit smart --agreement`: how often the checker's verb rule gives the action category
//! UPR Info gave, on the recommendations of the database that UPR Info coded, with the
//! baseline of always answering the most frequent category, in the same run.
//!
//! The verb table was learned from UPR Info's coding of sessions 1-10 (see
//! `uprkit_core::smart`); the report gives the figure on sessions 11 and later apart
//! (`held_out`), which the rule was never tuned on.

use crate::{App, AppError};
use serde::Serialize;
use uprkit_core::ActionCategory;
use uprkit_core::smart::rule_category;
use uprkit_store::smart::CodedRecommendation;

/// The last session whose UPR Info coding the verb table was learned from.
pub const LAST_TUNING_SESSION: u16 = 10;

/// Agreement on one UPR Info category.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryAgreement {
    /// UPR Info's category, 1-5.
    pub category: u8,
    /// Its name.
    pub label: String,
    /// Recommendations of the sample UPR Info put in it.
    pub recommendations: usize,
    /// Of those, how many the rule put in it too.
    pub agreeing: usize,
    /// `agreeing / recommendations` (0 when there are none).
    pub agreement: f64,
    /// Recommendations the rule put in it.
    pub given_by_rule: usize,
}

/// Agreement on the recommendations of sessions the rule was not tuned on.
#[derive(Debug, Clone, Serialize)]
pub struct HeldOut {
    /// Sessions counted (after [`LAST_TUNING_SESSION`]).
    pub sessions: String,
    /// Recommendations of those sessions in the sample.
    pub recommendations: usize,
    /// How many the rule agrees on.
    pub agreeing: usize,
    /// `agreeing / recommendations`.
    pub agreement: f64,
}

/// The agreement report.
#[derive(Debug, Clone, Serialize)]
pub struct AgreementReport {
    /// Recommendations of the database with a source's action category.
    pub coded: usize,
    /// Recommendations compared (the sample).
    pub recommendations: usize,
    /// Of those, how many the rule agrees on.
    pub agreeing: usize,
    /// `agreeing / recommendations`.
    pub agreement: f64,
    /// The category UPR Info gives most often in the sample.
    pub baseline_category: u8,
    /// Agreement of always answering [`AgreementReport::baseline_category`].
    pub baseline_agreement: f64,
    /// Agreement per UPR Info category.
    pub per_category: Vec<CategoryAgreement>,
    /// Rows: UPR Info's category 1-5; columns: the rule's 1-5.
    pub confusion: Vec<Vec<usize>>,
    /// The figure on sessions the rule was not tuned on.
    pub held_out: HeldOut,
}

impl App {
    /// Compares the verb rule with UPR Info's coding on `sample` recommendations spread
    /// evenly over the coded ones (ordered by State, session and id, so every State and cycle
    /// is represented), or on all of them. Reads public data only.
    pub async fn smart_agreement(&self, sample: Option<usize>) -> Result<AgreementReport, AppError> {
        if sample == Some(0) {
            return Err(AppError::Invalid("the sample needs at least one recommendation".into()));
        }
        let mut coded = self.store.coded_action_categories().await?;
        coded.retain(|c| (1..=5).contains(&c.action_category));
        if coded.is_empty() {
            return Err(AppError::Invalid(
                "no recommendation with a UPR Info action category: import UPR Info data first (uprkit import upr-info FILE)".into(),
            ));
        }
        self.blocking(move || Ok(report(coded, sample))).await
    }
}

/// The report on an even sample of `coded`.
fn report(mut coded: Vec<CodedRecommendation>, sample: Option<usize>) -> AgreementReport {
    coded.sort_by(|a, b| (a.sur.as_str(), a.session, a.id).cmp(&(b.sur.as_str(), b.session, b.id)));
    let total = coded.len();
    let n = sample.unwrap_or(total).min(total);
    let picked: Vec<&CodedRecommendation> = (0..n).map(|i| &coded[i * total / n]).collect();
    let mut confusion = vec![vec![0usize; 5]; 5];
    let (mut held, mut held_agreeing) = (0, 0);
    for c in &picked {
        let (rule, _) = rule_category(&c.text);
        confusion[usize::from(c.action_category - 1)][usize::from(rule.clamp(1, 5) - 1)] += 1;
        if c.session > LAST_TUNING_SESSION {
            held += 1;
            held_agreeing += usize::from(rule == c.action_category);
        }
    }
    let agreeing: usize = (0..5).map(|i| confusion[i][i]).sum();
    let per_category: Vec<CategoryAgreement> = (0..5)
        .map(|i| {
            let recommendations: usize = confusion[i].iter().sum();
            let category = u8::try_from(i + 1).unwrap_or(5);
            CategoryAgreement {
                category,
                label: label(category),
                recommendations,
                agreeing: confusion[i][i],
                agreement: share(confusion[i][i], recommendations),
                given_by_rule: (0..5).map(|r| confusion[r][i]).sum(),
            }
        })
        .collect();
    let baseline = per_category.iter().max_by_key(|c| (c.recommendations, std::cmp::Reverse(c.category)));
    AgreementReport {
        coded: total,
        recommendations: n,
        agreeing,
        agreement: share(agreeing, n),
        baseline_category: baseline.map_or(4, |c| c.category),
        baseline_agreement: share(baseline.map_or(0, |c| c.recommendations), n),
        per_category,
        confusion,
        held_out: HeldOut {
            sessions: format!("{} and later", LAST_TUNING_SESSION + 1),
            recommendations: held,
            agreeing: held_agreeing,
            agreement: share(held_agreeing, held),
        },
    }
}

fn label(category: u8) -> String {
    ActionCategory::parse(&category.to_string()).map_or_else(String::new, |c| c.label().to_string())
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}
