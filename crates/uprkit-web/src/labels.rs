//! How values look to people, in the language of the request: State names for codes, position
//! and facet labels, numbers with the language's digit grouping.

use crate::i18n::{t, t1};
use std::sync::OnceLock;
use uprkit_core::{ActionCategory, Position, StateDirectory};

/// The State reference table, loaded once.
pub fn states() -> &'static StateDirectory {
    static STATES: OnceLock<StateDirectory> = OnceLock::new();
    STATES.get_or_init(StateDirectory::load)
}

/// The name of a State in the current language, or the code itself when unknown.
pub fn state_name(iso3: &str) -> String {
    crate::i18n::state_name(iso3)
}

/// "partially_supported" -> "Partially supported" (in the current language).
pub fn position(position: &str) -> String {
    match Position::parse(position) {
        Some(p) => t(&format!("position-{}", p.as_str().replace('_', "-"))),
        None => t("position-unknown"),
    }
}

/// An action category's name on UPR Info's scale: "4" -> "General action".
pub fn action_category(value: &str) -> Option<String> {
    ActionCategory::parse(value).map(|a| t(&format!("action-category-{}", a.get())))
}

/// What an action category means, for the explanation beside it.
pub fn action_category_meaning(value: &str) -> Option<String> {
    ActionCategory::parse(value).map(|a| t(&format!("action-category-{}-meaning", a.get())))
}

/// A facet value as shown in the sidebar and charts.
pub fn facet_value_label(facet: &str, value: &str) -> String {
    match facet {
        "sur" | "rs" => state_name(value),
        "response" => position(value),
        "cycle" => t1("label-cycle-n", "n", value),
        "session" => t1("label-session-n", "n", value),
        "action_category" => {
            action_category(value).map(|l| format!("{value}. {l}")).unwrap_or_else(|| value.to_string())
        }
        "sdgs" => t1("label-sdg-n", "n", value),
        "coded_by" => match uprkit_core::classification::CodedBy::parse(value) {
            Some(c) => t(&format!("coded-by-{}", c.as_str().replace('_', "-"))),
            None => value.to_string(),
        },
        "repeated" => match value {
            "yes" => t("repeated-yes"),
            "no" => t("repeated-no"),
            other => other.to_string(),
        },
        "sur_regional_group" | "rs_regional_group" => match value {
            "Africa" | "Asia" | "EEG" | "GRULAC" | "WEOG" | "Observer" => {
                t(&format!("regional-group-{}", value.to_ascii_lowercase()))
            }
            other => other.to_string(),
        },
        _ => value.to_string(),
    }
}

/// The title of a facet.
pub fn facet_label(facet: &str) -> String {
    let known = [
        "sur",
        "rs",
        "sur_regional_group",
        "rs_regional_group",
        "sur_organisation",
        "rs_organisation",
        "cycle",
        "session",
        "response",
        "action_category",
        "issues",
        "themes",
        "groups_of_persons",
        "sdgs",
        "coded_by",
        "repeated",
    ];
    if known.contains(&facet) { t(&format!("facet-{}", facet.replace('_', "-"))) } else { t("facet-other") }
}

/// A count with the current language's digit grouping: "12,345", "12 345", "12.345".
pub fn thousands(n: u64) -> String {
    crate::i18n::num(n)
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, sync_scope};

    #[test]
    fn labels_follow_the_language() {
        assert_eq!(super::thousands(1234), "1,234");
        assert_eq!(super::position("partially_supported"), "Partially supported");
        assert_eq!(sync_scope(Lang::Fr, || super::state_name("TUR")), "Türkiye");
        assert_eq!(sync_scope(Lang::Es, || super::state_name("DEU")), "Alemania");
        assert_eq!(sync_scope(Lang::Fr, || super::facet_value_label("response", "noted")), "Notée");
    }
}
