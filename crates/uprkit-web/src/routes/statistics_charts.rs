//! The statistics page's bar charts, as HTML rather than fixed-size images: each bar is a link
//! to the search it counts, labels wrap instead of being cut, and the chart takes the width it
//! is given (360 px phones included).

use crate::i18n::{t, t1};
use crate::labels::{facet_value_label, thousands};
use crate::query::to_query;
use std::collections::BTreeMap;
use uprkit_core::Position;
use uprkit_core::search::{Filter, RecommendationFilter};

/// The charts, and how many bars each shows at most.
const CHARTS: [(&str, usize); 8] = [
    ("cycle", 10),
    ("response", 10),
    ("action_category", 10),
    ("issues", 15),
    ("sur", 15),
    ("rs", 15),
    ("sur_regional_group", 10),
    ("rs_regional_group", 10),
];

/// One bar: what it counts, how many, how long, and the search that lists them.
pub struct Bar {
    /// The value's name in the current language (a State's UN name, a position, ...).
    pub label: String,
    /// The count with the language's digit grouping.
    pub count: String,
    /// Length in percent of the longest bar of its chart, for the SVG `rect`.
    pub width: String,
    /// `/search?...`: the page's filters with this value.
    pub href: String,
}

/// One chart of one facet.
pub struct BarChart {
    /// The facet, also the chart's HTML id.
    pub facet: &'static str,
    /// The title in the current language.
    pub title: String,
    /// The bars, in the facet's order ([`ordered`]).
    pub bars: Vec<Bar>,
}

/// The filter that selects values of a facet (`issues` is selected by `issue`).
pub fn filter_of(facet: &str) -> Option<Filter> {
    Filter::ALL.into_iter().find(|f| f.facet() == facet)
}

/// A facet's values as charts and tables list them: numbers in their natural order, positions
/// in [`Position::ALL`]'s order, anything else most frequent first (then by value, so that
/// equal counts keep one order).
pub fn ordered(facet: &str, counts: Option<&BTreeMap<String, u64>>) -> Vec<(String, u64)> {
    let mut values: Vec<(String, u64)> =
        counts.map(|c| c.iter().filter(|(_, n)| **n > 0).map(|(k, v)| (k.clone(), *v)).collect()).unwrap_or_default();
    match facet {
        "cycle" | "session" | "action_category" | "sdgs" => values.sort_by_key(|(v, _)| v.parse::<u32>().unwrap_or(0)),
        "response" => values.sort_by_key(|(v, _)| {
            Position::parse(v).and_then(|p| Position::ALL.iter().position(|q| *q == p)).unwrap_or(Position::ALL.len())
        }),
        _ => values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))),
    }
    values
}

/// Bars for one facet as (label, count): at most `max`, in [`ordered`]'s order.
pub fn bars(facet: &str, counts: Option<&BTreeMap<String, u64>>, max: usize) -> Vec<(String, u64)> {
    ordered(facet, counts).into_iter().take(max).map(|(v, n)| (facet_value_label(facet, &v), n)).collect()
}

/// The values of `facet` the page is filtered on, as the index spells them; empty when the
/// facet is not filtered.
pub fn selected(filter: &RecommendationFilter, facet: &str) -> Vec<String> {
    filter_of(facet).map(|f| f.values(filter).iter().map(|v| f.normalise(v)).collect()).unwrap_or_default()
}

/// The counts of a facet that a link can reproduce. When the page filters on the facet, only
/// the chosen values: a recommendation of France and Germany counted under `rs=FRA` as
/// "Germany" is "France and Germany", which no search for one value finds, while each chosen
/// value alone counts the same as under the page's filters.
pub fn linkable(
    filter: &RecommendationFilter,
    facet: &str,
    counts: Option<&BTreeMap<String, u64>>,
) -> Vec<(String, u64)> {
    let chosen = selected(filter, facet);
    ordered(facet, counts)
        .into_iter()
        .filter(|(v, _)| chosen.is_empty() || chosen.iter().any(|c| c.eq_ignore_ascii_case(v)))
        .collect()
}

/// `filter` with each given filter set to just the given value (other filters kept).
pub fn with_values(filter: &RecommendationFilter, set: &[(Filter, &str)]) -> RecommendationFilter {
    let mut out = RecommendationFilter { q: filter.q.clone(), ..Default::default() };
    for f in Filter::ALL {
        let values = match set.iter().find(|(g, _)| *g == f) {
            Some((_, v)) => vec![(*v).to_string()],
            None => f.values(filter),
        };
        for v in values {
            // Values come from a parsed filter or from the index's own facet values: a number
            // filter's value that is not a number cannot occur, and would only drop the value.
            let _ = f.push(&mut out, &v);
        }
    }
    out
}

/// The search page of `filter`.
pub fn search_href(filter: &RecommendationFilter) -> String {
    format!("/search?{}", to_query(filter, 1))
}

/// A chart's title in the current language.
fn title(facet: &str, max: usize) -> String {
    match facet {
        "cycle" => t("statistics-chart-cycle"),
        "response" => t("statistics-chart-response"),
        "action_category" => t("statistics-chart-action-category"),
        "issues" => t1("statistics-chart-issues", "n", max),
        "sur" => t1("statistics-chart-sur", "n", max),
        "rs" => t1("statistics-chart-rs", "n", max),
        "sur_regional_group" => t("statistics-chart-sur-regional-group"),
        "rs_regional_group" => t("statistics-chart-rs-regional-group"),
        other => crate::labels::facet_label(other),
    }
}

/// The page's charts for a search's facet counts (`total` matches). A chart whose one bar is
/// the total is left out: it says nothing the heading does not (the one State filtered on,
/// its regional group, the one cycle chosen).
pub fn charts(
    filter: &RecommendationFilter,
    total: u64,
    facets: &BTreeMap<String, BTreeMap<String, u64>>,
) -> Vec<BarChart> {
    CHARTS
        .iter()
        .filter_map(|(facet, max)| {
            let f = filter_of(facet)?;
            let values: Vec<(String, u64)> =
                linkable(filter, facet, facets.get(*facet)).into_iter().take(*max).collect();
            if let [(_, n)] = values.as_slice()
                && *n == total
            {
                return None;
            }
            let longest = values.iter().map(|(_, n)| *n).max().filter(|n| *n > 0)?;
            let bars = values
                .iter()
                .map(|(value, n)| Bar {
                    label: facet_value_label(facet, value),
                    count: thousands(*n),
                    // A bar of 1 beside one of 10,000 still shows as a sliver.
                    width: format!("{:.1}", (*n as f64 * 100.0 / longest as f64).max(0.5)),
                    href: search_href(&with_values(filter, &[(f, value.as_str())])),
                })
                .collect();
            Some(BarChart { facet, title: title(facet, *max), bars })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn values_in_natural_order_and_links_keep_the_other_filters() {
        let c = counts(&[("noted", 5), ("supported", 2), ("pending", 9)]);
        let order: Vec<String> = ordered("response", Some(&c)).into_iter().map(|(v, _)| v).collect();
        assert_eq!(order, ["supported", "noted", "pending"]);
        let c = counts(&[("10", 1), ("2", 1), ("1", 3)]);
        let order: Vec<String> = ordered("cycle", Some(&c)).into_iter().map(|(v, _)| v).collect();
        assert_eq!(order, ["1", "2", "10"]);
        let filter = RecommendationFilter { sur: vec!["LKA".into()], cycle: vec![1, 2], ..Default::default() };
        let href = search_href(&with_values(&filter, &[(Filter::Cycle, "2"), (Filter::Issue, "Women's rights")]));
        assert_eq!(href, "/search?sur=LKA&cycle=2&issue=Women%27s+rights");
    }

    #[test]
    fn a_filtered_facet_charts_only_its_chosen_values() {
        let filter = RecommendationFilter { rs: vec!["fra".into(), "DEU".into()], ..Default::default() };
        let c = counts(&[("FRA", 7), ("DEU", 3), ("ITA", 2)]);
        let values: Vec<String> = linkable(&filter, "rs", Some(&c)).into_iter().map(|(v, _)| v).collect();
        assert_eq!(values, ["FRA", "DEU"]);
        assert_eq!(linkable(&RecommendationFilter::default(), "rs", Some(&c)).len(), 3);
    }
}
