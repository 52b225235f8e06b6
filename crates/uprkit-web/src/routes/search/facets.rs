//! The facet sidebar of the search page: which values each facet lists, in which order, and the
//! "Show all N" links of long facets.
//!
//! A long facet (more than [`SHOWN`] values: States, issues, themes with the full data) lists its
//! [`SHOWN`] most frequent values, and every ticked one; "Show all N" links to the same search
//! with `more=FACET`, which lists every value by name. The page stays light (a few hundred
//! checkboxes otherwise) and the first result close to the top, with or without JavaScript.

use crate::i18n::{num, sort_by_name};
use crate::labels::{facet_label, facet_value_label};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// Values a long facet lists before "Show all N".
pub const SHOWN: usize = 10;

/// One value of a facet, as its checkbox shows it.
pub struct FacetValue {
    /// The value as the URL carries it (`FRA`, `supported`, `Women's rights`).
    pub value: String,
    /// The value for people, in the page's language.
    pub label: String,
    /// Matches, with the language's digit grouping.
    pub count: String,
    /// Whether the search filters by it.
    pub checked: bool,
    /// Every name the value is known by, folded (no case, no accents), `|`-separated: what
    /// type-to-filter matches for a State ("turkey" finds Türkiye). Empty for other facets,
    /// matched by their label.
    pub names: &'static str,
    matches: u64,
}

/// A facet of the sidebar.
pub struct FacetView {
    /// Facet key, as in the URL (`sur`, `issues`).
    pub name: &'static str,
    /// Its title, in the page's language.
    pub label: String,
    /// The values listed.
    pub values: Vec<FacetValue>,
    /// Every value with a match, listed or not.
    pub total_values: usize,
    /// More values than [`SHOWN`]: the facet gets type-to-filter.
    pub long: bool,
    /// Every value is listed (`more=FACET`).
    pub expanded: bool,
    /// "Show all N": the same search with this facet expanded.
    pub show_all: Option<String>,
    /// "Show the top 10": the same search with this facet collapsed again.
    pub show_fewer: Option<String>,
}

/// Facets whose values are numbers, listed in their own order (cycle 1, 2, 3).
fn numeric(facet: &str) -> bool {
    matches!(facet, "cycle" | "session" | "action_category" | "sdgs")
}

/// Links of a facet to the same search with other facets expanded: `link(more)` gives the
/// address for the list of expanded facets `more`.
pub struct Expansion<'a> {
    /// Facets expanded now.
    pub more: &'a [String],
    /// The address of the search with these facets expanded.
    pub link: &'a dyn Fn(&[String]) -> String,
}

/// The view of facet `name` with `counts` (value -> matches), `chosen` the values ticked.
/// `None` when the facet has no value to list.
pub fn facet_view(
    name: &'static str,
    counts: BTreeMap<String, u64>,
    chosen: &[String],
    expansion: &Expansion,
) -> Option<FacetView> {
    let is_chosen = |v: &str| chosen.iter().any(|c| c.eq_ignore_ascii_case(v));
    let mut values: Vec<FacetValue> = counts
        .into_iter()
        .map(|(value, n)| FacetValue {
            label: facet_value_label(name, &value),
            count: num(n),
            checked: is_chosen(&value),
            names: if matches!(name, "sur" | "rs") { state_names(&value) } else { "" },
            matches: n,
            value,
        })
        .collect();
    if values.is_empty() {
        return None;
    }
    let total_values = values.len();
    let long = total_values > SHOWN;
    let expanded = long && expansion.more.iter().any(|m| m == name);
    if numeric(name) {
        values.sort_by_key(|v| v.value.parse::<u32>().unwrap_or(u32::MAX));
    } else {
        sort_by_name(&mut values, |v| v.label.as_str());
        if !expanded {
            // Stable: values with as many matches stay in name order.
            values.sort_by_key(|v| std::cmp::Reverse(v.matches));
        }
    }
    if long && !expanded {
        let mut by_matches: Vec<(u64, usize)> = values.iter().enumerate().map(|(i, v)| (v.matches, i)).collect();
        by_matches.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let top: Vec<usize> = by_matches.iter().take(SHOWN).map(|(_, i)| *i).collect();
        let mut i = 0;
        values.retain(|v| {
            let keep = top.contains(&i) || v.checked;
            i += 1;
            keep
        });
    }
    let others: Vec<String> = expansion.more.iter().filter(|m| *m != name).cloned().collect();
    let show_all = (long && !expanded).then(|| {
        let mut more = others.clone();
        more.push(name.to_string());
        format!("{}#facet-{name}", (expansion.link)(&more))
    });
    let show_fewer = expanded.then(|| format!("{}#facet-{name}", (expansion.link)(&others)));
    Some(FacetView { name, label: facet_label(name), values, total_values, long, expanded, show_all, show_fewer })
}

/// Every name of a State, folded as [`uprkit_core::states::fold_name`] folds them (UN short and
/// formal names in English, French and Spanish, UPR Info's spelling, former names, the ISO3
/// code), `|`-separated; a name inside a longer one is left out, as matching the longer one
/// finds it too.
pub fn state_names(iso3: &str) -> &'static str {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    let all = NAMES.get_or_init(|| {
        let mut by_state: HashMap<String, Vec<&str>> = HashMap::new();
        for (alias, code) in crate::labels::states().aliases() {
            by_state.entry(code.as_str().to_string()).or_default().push(alias);
        }
        by_state
            .into_iter()
            .map(|(code, mut aliases)| {
                aliases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
                let mut kept: Vec<&str> = Vec::new();
                for alias in aliases {
                    if !kept.iter().any(|k| k.contains(alias)) {
                        kept.push(alias);
                    }
                }
                (code, kept.join("|"))
            })
            .collect()
    });
    all.get(&iso3.to_ascii_uppercase()).map(String::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, sync_scope};

    fn counts(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
        pairs.iter().map(|(v, n)| (v.to_string(), *n)).collect()
    }

    fn link(more: &[String]) -> String {
        format!("/search?q=x{}", more.iter().map(|m| format!("&more={m}")).collect::<String>())
    }

    #[test]
    fn long_facets_list_the_most_frequent_then_all_by_name() {
        // 12 States: Türkiye and Tuvalu tie; Côte d'Ivoire is rare.
        let pairs = [
            ("TUR", 50),
            ("TUV", 50),
            ("FRA", 90),
            ("DEU", 80),
            ("CIV", 1),
            ("CZE", 2),
            ("HRV", 40),
            ("ITA", 30),
            ("ESP", 20),
            ("PRT", 10),
            ("NOR", 5),
            ("SWE", 4),
        ];
        let collapsed = Expansion { more: &[], link: &link };
        let ticked = vec!["CIV".to_string()];
        let view = facet_view("sur", counts(&pairs), &ticked, &collapsed).expect("view");
        let codes: Vec<&str> = view.values.iter().map(|v| v.value.as_str()).collect();
        // The ten most frequent by count (ties by name: Türkiye before Tuvalu), and the ticked
        // Côte d'Ivoire although it is not among them.
        assert_eq!(codes, ["FRA", "DEU", "TUR", "TUV", "HRV", "ITA", "ESP", "PRT", "NOR", "SWE", "CIV"]);
        assert!(view.long && !view.expanded && view.total_values == 12);
        assert_eq!(view.show_all.as_deref(), Some("/search?q=x&more=sur#facet-sur"));
        assert!(view.values.iter().find(|v| v.value == "TUR").is_some_and(|v| v.names.contains("turkey")));

        let more = vec!["rs".to_string(), "sur".to_string()];
        let expanded = Expansion { more: &more, link: &link };
        let view = facet_view("sur", counts(&pairs), &[], &expanded).expect("view");
        let names: Vec<&str> = view.values.iter().map(|v| v.label.as_str()).collect();
        assert_eq!(names.len(), 12);
        let at = |n: &str| names.iter().position(|x| *x == n).expect(n);
        assert!(at("Côte d’Ivoire") < at("Croatia") && at("Croatia") < at("Czechia"), "{names:?}");
        assert!(at("Türkiye") < at("Tuvalu"), "{names:?}");
        assert_eq!(view.show_fewer.as_deref(), Some("/search?q=x&more=rs#facet-sur"));
        assert_eq!(view.show_all, None);
    }

    #[test]
    fn short_and_numeric_facets_are_listed_whole_in_their_order() {
        let collapsed = Expansion { more: &[], link: &link };
        let view = facet_view("cycle", counts(&[("2", 5), ("1", 9), ("10", 1)]), &[], &collapsed).expect("view");
        let values: Vec<&str> = view.values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["1", "2", "10"]);
        assert!(!view.long && view.show_all.is_none());
        let pairs: Vec<(String, u64)> = (1..=40).map(|s| (s.to_string(), 100 - s)).collect();
        let pairs: Vec<(&str, u64)> = pairs.iter().map(|(s, n)| (s.as_str(), *n)).collect();
        let view = facet_view("session", counts(&pairs), &["40".to_string()], &collapsed).expect("view");
        let values: Vec<&str> = view.values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "40"]);
        assert!(facet_view("issues", BTreeMap::new(), &[], &collapsed).is_none());
    }

    #[test]
    fn counts_and_order_follow_the_language() {
        let pairs: Vec<(String, u64)> = ["DEU", "ESP", "FRA", "GBR", "USA", "CHE", "AUT", "BEL", "NLD", "ITA", "IRL"]
            .iter()
            .map(|s| (s.to_string(), 1234))
            .collect();
        let pairs: BTreeMap<String, u64> = pairs.into_iter().collect();
        let more = vec!["rs".to_string()];
        let expanded = Expansion { more: &more, link: &link };
        let view = sync_scope(Lang::Es, || facet_view("rs", pairs, &[], &expanded)).expect("view");
        assert_eq!(view.values[0].label, "Alemania");
        assert_eq!(view.values[0].count, "1234");
        assert!(view.values.iter().any(|v| v.label == "Estados Unidos de América"), "{:?}", view.values.len());
    }
}
