//! How values look to people: State names for codes, position labels, thousands separators.

use std::sync::OnceLock;
use uprkit_core::{ActionCategory, Position, StateDirectory};

/// The State reference table, loaded once.
pub fn states() -> &'static StateDirectory {
    static STATES: OnceLock<StateDirectory> = OnceLock::new();
    STATES.get_or_init(StateDirectory::load)
}

/// The name of a State, or the code itself when unknown.
pub fn state_name(iso3: &str) -> String {
    states().get(iso3).map(|s| s.name.clone()).unwrap_or_else(|| iso3.to_string())
}

/// A facet value as shown in the sidebar and charts.
pub fn facet_value_label(facet: &str, value: &str) -> String {
    match facet {
        "sur" | "rs" => state_name(value),
        "response" => Position::parse(value).map(|p| p.label().to_string()).unwrap_or_else(|| "Not known".into()),
        "cycle" => format!("Cycle {value}"),
        "session" => format!("Session {value}"),
        "action_category" => {
            ActionCategory::parse(value).map(|a| format!("{value}. {}", a.label())).unwrap_or_else(|| value.to_string())
        }
        "sdgs" => format!("SDG {value}"),
        "coded_by" => uprkit_core::classification::CodedBy::parse(value)
            .map(|c| c.label().to_string())
            .unwrap_or_else(|| value.to_string()),
        "repeated" => match value {
            "yes" => "Recommended previously".into(),
            "no" => "First time".into(),
            other => other.to_string(),
        },
        "sur_regional_group" | "rs_regional_group" => match value {
            "Asia" => "Asia-Pacific".into(),
            "EEG" => "Eastern European".into(),
            "GRULAC" => "Latin America & Caribbean".into(),
            "WEOG" => "Western European & others".into(),
            other => other.to_string(),
        },
        _ => value.to_string(),
    }
}

/// The title of a facet.
pub fn facet_label(facet: &str) -> &'static str {
    match facet {
        "sur" => "State under Review",
        "rs" => "Recommending State",
        "sur_regional_group" => "Regional group (SuR)",
        "rs_regional_group" => "Regional group (recommending)",
        "sur_organisation" => "Organisations (SuR)",
        "rs_organisation" => "Organisations (recommending)",
        "cycle" => "Cycle",
        "session" => "Session",
        "response" => "Position",
        "action_category" => "Action category",
        "issues" => "Issue (UPR Info)",
        "themes" => "Theme (UHRI)",
        "groups_of_persons" => "Groups of persons",
        "sdgs" => "SDG",
        "coded_by" => "Coded by",
        "repeated" => "Recommended previously",
        _ => "Other",
    }
}

/// 12345 -> "12,345".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(1234), "1,234");
        assert_eq!(super::thousands(1_000_000), "1,000,000");
    }
}
