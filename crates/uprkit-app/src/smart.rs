//! The SMART checker's use-cases (issue 15): advice on draft recommendations for a State
//! under review, and how often the checker's verb rule agrees with UPR Info's coding.
//!
//! Which previous recommendations a draft is compared with: every recommendation the State
//! received in every cycle the database holds. A draft is written for the State's next review,
//! so all of them are "previous"; a repeat of a first-cycle ask is as worth saying as one of
//! the last cycle's. They are read in one query per call (one per batch of drafts); nothing
//! is cached between calls, so an import shows at once.

mod agreement;

pub use agreement::{AgreementReport, CategoryAgreement, HeldOut};

use crate::{App, AppError};
use uprkit_classify::{Classifier, Predictor};
use uprkit_core::smart::{MAX_DRAFT_CHARS, ModelCategory, PreviousRecommendation, SmartAdvice, advise_many};
use uprkit_core::{ActionCategory, Iso3, StateDirectory};

/// The most drafts one batch checks (a factsheet has 3-5, a submission's lists a few dozen).
pub const MAX_DRAFTS: usize = 200;

impl App {
    /// Advice on one draft recommendation, compared with `sur`'s previous recommendations
    /// when a State is given. Reads public data only; anyone may ask.
    pub async fn smart_advice(&self, text: &str, sur: Option<&str>) -> Result<SmartAdvice, AppError> {
        let mut all = self.smart_advice_many(&[text.to_string()], sur).await?;
        all.pop().ok_or_else(|| AppError::Internal("the checker gave no advice".into()))
    }

    /// Advice on several drafts for one State: its previous recommendations and the stored
    /// model are read once for all of them.
    pub async fn smart_advice_many(&self, drafts: &[String], sur: Option<&str>) -> Result<Vec<SmartAdvice>, AppError> {
        if drafts.len() > MAX_DRAFTS {
            return Err(AppError::Invalid(format!("at most {MAX_DRAFTS} drafts at once, not {}", drafts.len())));
        }
        for draft in drafts {
            check_draft(draft)?;
        }
        let previous: Vec<PreviousRecommendation> = match sur {
            Some(sur) => self.store.previous_recommendations(state(sur)?.as_str()).await?,
            None => Vec::new(),
        };
        let model = self.store.latest_model().await?;
        let drafts = drafts.to_vec();
        self.blocking(move || {
            let mut advice = advise_many(&drafts, &previous);
            if let Some(model) = model {
                let classifier = Classifier::from_bytes(&model.bytes)
                    .map_err(|e| AppError::Internal(format!("model version {} cannot be read: {e}", model.version)))?;
                for a in &mut advice {
                    a.model_category = classifier.predict(&a.text).action_category.map(|s| ModelCategory {
                        category: s.value,
                        label: ActionCategory::parse(&s.value.to_string())
                            .map_or_else(String::new, |c| c.label().to_string()),
                        confidence: s.confidence,
                        model_version: model.version,
                    });
                }
            }
            Ok(advice)
        })
        .await
    }
}

/// A draft must have words, and no more than a recommendation holds.
fn check_draft(draft: &str) -> Result<(), AppError> {
    if draft.trim().is_empty() {
        return Err(AppError::Invalid("write the draft recommendation to check".into()));
    }
    let n = draft.chars().count();
    if n > MAX_DRAFT_CHARS {
        return Err(AppError::Invalid(format!(
            "a draft recommendation has at most {MAX_DRAFT_CHARS} characters, this one has {n}: check one recommendation at a time"
        )));
    }
    Ok(())
}

/// The State under review: an ISO3 code or a name the UPR knows.
fn state(sur: &str) -> Result<Iso3, AppError> {
    let states = StateDirectory::load();
    let sur = sur.trim();
    Iso3::parse(sur)
        .ok()
        .filter(|code| states.get(code.as_str()).is_some())
        .or_else(|| states.resolve(sur).ok())
        .ok_or_else(|| {
            AppError::Invalid(format!("{sur:?} is not a State the UPR reviews (give its ISO3 code, e.g. LKA)"))
        })
}
