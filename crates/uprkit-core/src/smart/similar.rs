//! Previous recommendations to the same State that ask for what a draft asks: the repeat
//! matcher of [`crate::repeats`] (rare words weighted, same treaty and ask lifting the score,
//! different treaties sinking it), with its threshold, tuned on a labelled sample of real
//! pairs repeated across cycles (`crates/uprkit-core/data/repeats_sample.md`).

use crate::repeats::{RepeatMatcher, THRESHOLD};
use serde::{Deserialize, Serialize};

/// How many similar recommendations are returned at most.
pub const MAX_SIMILAR: usize = 5;

/// A recommendation the State under review received before, offered to the checker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PreviousRecommendation {
    /// Its id in the database.
    pub id: i64,
    /// Its paragraph in the Working Group report ("89.12"), when known.
    pub paragraph: Option<String>,
    /// Its text.
    pub text: String,
    /// The recommending States (ISO3).
    pub recommending_states: Vec<String>,
    /// The UPR cycle it was made in.
    pub cycle: u8,
    /// The Working Group session it was made in.
    pub session: u16,
}

/// A previous recommendation that asks for what the draft asks.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SimilarRecommendation {
    /// The previous recommendation.
    #[serde(flatten)]
    pub recommendation: PreviousRecommendation,
    /// How surely it asks the same, from the threshold (0.3) to 1.
    pub score: f32,
}

/// The previous recommendations asking for what `draft` asks, best first, at most
/// [`MAX_SIMILAR`]. Words are weighted by their rarity among `previous` and the draft.
pub fn similar_recommendations(draft: &str, previous: &[PreviousRecommendation]) -> Vec<SimilarRecommendation> {
    if previous.is_empty() || draft.trim().is_empty() {
        return Vec::new();
    }
    let matcher = RepeatMatcher::new(previous.iter().map(|p| p.text.as_str()).chain(std::iter::once(draft)));
    similar_with(&matcher, draft, previous)
}

/// [`similar_recommendations`] with a matcher built once for several drafts.
pub fn similar_with(
    matcher: &RepeatMatcher,
    draft: &str,
    previous: &[PreviousRecommendation],
) -> Vec<SimilarRecommendation> {
    let mut found: Vec<SimilarRecommendation> = previous
        .iter()
        .filter_map(|p| {
            let score = matcher.score(draft, &p.text);
            (score >= THRESHOLD).then(|| SimilarRecommendation { recommendation: p.clone(), score })
        })
        .collect();
    // Best first; equal scores: the latest cycle first, then by id, so runs agree.
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.recommendation.cycle.cmp(&a.recommendation.cycle))
            .then(a.recommendation.id.cmp(&b.recommendation.id))
    });
    found.truncate(MAX_SIMILAR);
    found
}
