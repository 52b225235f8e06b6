//! The parts of a State's dashboard about what it received: the previous cycle's
//! recommendations with their positions, grouped by issue, and the latest OHCHR documents
//! imported for it.

use crate::{AppState, WebError};
use uprkit_core::search::{RecommendationFilter, RecommendationView};
use uprkit_search::Sort;
use uprkit_store::state_dashboard::StateDocument;

/// Issues (or themes) listed with their first recommendations.
const GROUPS: usize = 5;
/// Recommendations shown per issue before the link to all of them.
const PER_GROUP: u32 = 3;
/// Documents listed.
const DOCUMENTS: u32 = 8;

/// The positions a recommendation can have, in the order the dashboard counts them.
const POSITIONS: [&str; 4] = ["supported", "partially_supported", "noted", "pending"];

/// Recommendations of one issue (or theme) in the previous cycle.
pub struct Group {
    /// The issue's name, as the source names it.
    pub name: String,
    /// How many of the cycle's recommendations have it.
    pub total: u64,
    /// The first few.
    pub items: Vec<RecommendationView>,
    /// The search for all of them.
    pub link: String,
}

/// The recommendations a State received in its previous cycle.
pub struct PreviousCycle {
    /// The cycle shown.
    pub cycle: u8,
    /// The cycle before the next review, when the database holds none of its recommendations
    /// and an earlier cycle is shown instead.
    pub wanted: Option<u8>,
    /// Recommendations received in the cycle.
    pub total: u64,
    /// (position, label, count, search link); the last, without a link, counts those whose
    /// position no source gives, so that the counts add up to the total.
    pub positions: Vec<(String, String, u64, Option<String>)>,
    /// Whether the groups are UHRI themes (no issue coding for the cycle).
    pub by_theme: bool,
    /// The largest issues (or themes) with their first recommendations.
    pub groups: Vec<Group>,
    /// The search for all of the cycle's recommendations.
    pub link: String,
}

/// States' names in the current language, in the given order, for "from France, Brazil".
pub fn state_names(codes: &[String]) -> String {
    codes.iter().map(|c| crate::labels::state_name(c)).collect::<Vec<_>>().join(", ")
}

fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)]).map(|e| e.trim_start_matches('=').to_string()).unwrap_or_default()
}

/// The cycle to show: the one before `next_cycle` if the database holds recommendations of it,
/// else the latest it holds for the State (with the one wanted), or `None` when it holds none.
fn cycle_to_show(held: &[u8], next_cycle: Option<u8>) -> Option<(u8, Option<u8>)> {
    let latest = held.iter().copied().max()?;
    match next_cycle.and_then(|c| c.checked_sub(1)).filter(|c| *c > 0) {
        Some(wanted) if held.contains(&wanted) => Some((wanted, None)),
        Some(wanted) => Some((held.iter().copied().filter(|c| *c < wanted).max().unwrap_or(latest), Some(wanted))),
        None => Some((latest, None)),
    }
}

/// What `sur` received in the cycle before `next_cycle` (see [`cycle_to_show`]); `held` are
/// the cycles the database holds recommendations of for it.
pub async fn previous_cycle(
    app: &AppState,
    sur: &str,
    held: &[u8],
    next_cycle: Option<u8>,
) -> Result<Option<PreviousCycle>, WebError> {
    let Some((cycle, wanted)) = cycle_to_show(held, next_cycle) else { return Ok(None) };
    let filter = RecommendationFilter { sur: vec![sur.to_string()], cycle: vec![cycle], ..Default::default() };
    let all = app.app.search_page(&filter, Sort::Newest, 1, 1).await?;
    let search = format!("/search?sur={sur}&cycle={cycle}");
    let responses = all.facets.get("response");
    let mut positions: Vec<(String, String, u64, Option<String>)> = POSITIONS
        .iter()
        .map(|p| {
            let n = responses.and_then(|r| r.get(*p)).copied().unwrap_or(0);
            (p.to_string(), crate::labels::position(p), n, Some(format!("{search}&response={p}")))
        })
        .collect();
    let known: u64 = positions.iter().map(|(_, _, n, _)| n).sum();
    positions.push(("unknown".into(), crate::labels::position("unknown"), all.total.saturating_sub(known), None));
    let issues = all.facets.get("issues").filter(|f| !f.is_empty());
    let (facet, key, by_theme) = match issues {
        Some(f) => (Some(f), "issue", false),
        None => (all.facets.get("themes"), "theme", true),
    };
    let mut largest: Vec<(&String, &u64)> = facet.map(|f| f.iter().collect()).unwrap_or_default();
    largest.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let mut groups = Vec::new();
    for (name, total) in largest.into_iter().take(GROUPS) {
        let mut of_group = filter.clone();
        if by_theme {
            of_group.theme = vec![name.clone()];
        } else {
            of_group.issue = vec![name.clone()];
        }
        let items = app.app.search_page(&of_group, Sort::Newest, 1, PER_GROUP).await?.items;
        let link = format!("{search}&{key}={}", urlencode(name));
        groups.push(Group { name: name.clone(), total: *total, items, link });
    }
    Ok(Some(PreviousCycle { cycle, wanted, total: all.total, positions, by_theme, groups, link: search }))
}

/// The latest OHCHR documents imported for `sur`.
pub async fn documents(app: &AppState, sur: &str) -> Result<Vec<StateDocument>, WebError> {
    Ok(app.store.state_documents(sur, DOCUMENTS).await?)
}

#[cfg(test)]
mod tests {
    use super::cycle_to_show;

    #[test]
    fn the_cycle_before_the_next_review_else_the_latest_held() {
        assert_eq!(cycle_to_show(&[1, 2, 4], Some(5)), Some((4, None)));
        assert_eq!(cycle_to_show(&[1, 2], Some(5)), Some((2, Some(4))));
        assert_eq!(cycle_to_show(&[1, 2, 3], Some(3)), Some((2, None)));
        assert_eq!(cycle_to_show(&[], Some(5)), None);
        assert_eq!(cycle_to_show(&[3], None), Some((3, None)));
    }
}
