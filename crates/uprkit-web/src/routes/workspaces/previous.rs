//! The previous cycle's recommendations to the workspace's State, grouped by UHRI theme (or
//! by UPR Info issue when the cycle has no theme coding), with their positions counted per
//! group. Every recommendation is listed, so each group is a `<details>` that stays folded
//! until opened: a State with 300 recommendations still gives a light page.

use crate::{AppState, WebError};
use std::collections::BTreeMap;
use uprkit_core::search::{RecommendationFilter, RecommendationView};
use uprkit_search::Sort;

/// The positions counted, in this order; anything else counts as "unknown".
const POSITIONS: [&str; 4] = ["supported", "partially_supported", "noted", "pending"];

/// One theme (or issue) of the previous cycle.
pub struct ThemeGroup {
    /// The theme's name as the source gives it ("" for recommendations without one).
    pub name: String,
    /// (position, label, count) for the positions it has, in the order of [`POSITIONS`].
    pub positions: Vec<(String, String, usize)>,
    /// Its recommendations in paragraph order.
    pub recommendations: Vec<RecommendationView>,
}

/// The previous cycle's recommendations.
pub struct PreviousRecommendations {
    /// The cycle shown (the workspace's minus one).
    pub cycle: i64,
    /// How many recommendations in all.
    pub total: usize,
    /// Whether the groups are UPR Info issues (no UHRI theme coding in the cycle).
    pub by_issue: bool,
    /// The groups, largest first.
    pub groups: Vec<ThemeGroup>,
}

/// The position key a recommendation counts under.
fn position_key(r: &RecommendationView) -> &str {
    r.response.as_deref().filter(|p| POSITIONS.contains(p)).unwrap_or("unknown")
}

/// Orders paragraph references as numbers ("115.9" before "115.24").
fn paragraph_order(r: &RecommendationView) -> (Vec<u32>, i64) {
    let numbers = r.paragraph.as_deref().unwrap_or("").split('.').filter_map(|p| p.trim().parse().ok()).collect();
    (numbers, r.id)
}

/// Groups recommendations by theme, or by issue when none has a theme. A recommendation with
/// several themes is listed under each.
pub fn group(mut all: Vec<RecommendationView>, cycle: i64) -> PreviousRecommendations {
    all.sort_by_key(paragraph_order);
    let by_issue = all.iter().all(|r| r.themes.is_empty());
    let mut groups: BTreeMap<String, Vec<RecommendationView>> = BTreeMap::new();
    for r in &all {
        let names = if by_issue { &r.issues } else { &r.themes };
        if names.is_empty() {
            groups.entry(String::new()).or_default().push(r.clone());
        }
        for name in names {
            groups.entry(name.clone()).or_default().push(r.clone());
        }
    }
    let mut groups: Vec<ThemeGroup> = groups
        .into_iter()
        .map(|(name, recommendations)| {
            let positions = POSITIONS
                .iter()
                .chain(std::iter::once(&"unknown"))
                .map(|p| (p.to_string(), recommendations.iter().filter(|r| position_key(r) == *p).count()))
                .filter(|(_, n)| *n > 0)
                .map(|(p, n)| (p.clone(), crate::labels::position(&p), n))
                .collect();
            ThemeGroup { name, positions, recommendations }
        })
        .collect();
    // Largest first; the group of recommendations without a theme comes last.
    groups.sort_by(|a, b| {
        (a.name.is_empty(), std::cmp::Reverse(a.recommendations.len()), &a.name).cmp(&(
            b.name.is_empty(),
            std::cmp::Reverse(b.recommendations.len()),
            &b.name,
        ))
    });
    PreviousRecommendations { cycle, total: all.len(), by_issue, groups }
}

/// The recommendations `sur` (ISO3) received in `cycle - 1`; `None` when the database holds
/// none (or there is no previous cycle).
pub async fn previous_recommendations(
    app: &AppState,
    sur: &str,
    cycle: i64,
) -> Result<Option<PreviousRecommendations>, WebError> {
    let Some(previous) = u8::try_from(cycle - 1).ok().filter(|c| *c > 0) else { return Ok(None) };
    let filter = RecommendationFilter { sur: vec![sur.to_string()], cycle: vec![previous], ..Default::default() };
    let ids = app.app.all_ids(&filter, Sort::Newest).await?;
    if ids.is_empty() {
        return Ok(None);
    }
    let all = app.store.recommendations_by_id(&ids).await?;
    Ok(Some(group(all, i64::from(previous))))
}
