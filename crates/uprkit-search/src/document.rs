//! What the index holds of a recommendation.

use uprkit_core::search::Filter;

/// A recommendation as the index sees it: its text and every value it can be filtered or
/// counted by.
#[derive(Debug, Clone, Default)]
pub struct IndexDocument {
    /// Database id.
    pub id: i64,
    /// Full text.
    pub text: String,
    /// Language of the text: `en`, `fr` or `es` (others are indexed as English).
    pub language: String,
    /// State under Review (ISO3).
    pub sur: String,
    /// Regional group of the SuR.
    pub sur_regional_group: String,
    /// Organisations of the SuR.
    pub sur_organisations: Vec<String>,
    /// Recommending States (ISO3).
    pub rs: Vec<String>,
    /// Regional groups of the recommending States.
    pub rs_regional_groups: Vec<String>,
    /// Organisations of the recommending States.
    pub rs_organisations: Vec<String>,
    /// Cycle.
    pub cycle: u8,
    /// Session.
    pub session: u16,
    /// Current position.
    pub response: Option<String>,
    /// UPR Info action category.
    pub action_category: Option<u8>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// UHRI themes.
    pub themes: Vec<String>,
    /// UHRI groups of persons.
    pub groups_of_persons: Vec<String>,
    /// SDG goals.
    pub sdgs: Vec<u8>,
    /// Where the coding comes from (`upr_info`, `suggested`, ...).
    pub coded_by: Vec<String>,
    /// Whether it repeats a recommendation of an earlier cycle.
    pub repeated: bool,
}

impl IndexDocument {
    /// Every (facet, value) pair of the document, as the facet counts and filters see them.
    pub fn facet_values(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for filter in Filter::ALL {
            // Exhaustive: a new filter must say what of the document it counts.
            let values: Vec<String> = match filter {
                Filter::Sur => vec![self.sur.clone()],
                Filter::Rs => self.rs.clone(),
                Filter::Cycle => vec![self.cycle.to_string()],
                Filter::Session => vec![self.session.to_string()],
                Filter::Response => vec![self.response.clone().unwrap_or_else(|| "unknown".into())],
                Filter::ActionCategory => self.action_category.iter().map(u8::to_string).collect(),
                Filter::Issue => self.issues.clone(),
                Filter::Theme => self.themes.clone(),
                Filter::Sdg => self.sdgs.iter().map(u8::to_string).collect(),
                Filter::SurRegionalGroup => vec![self.sur_regional_group.clone()],
                Filter::RsRegionalGroup => self.rs_regional_groups.clone(),
                Filter::GroupsOfPersons => self.groups_of_persons.clone(),
                Filter::CodedBy => self.coded_by.clone(),
                Filter::Repeated => vec![if self.repeated { "yes" } else { "no" }.to_string()],
            };
            let single = matches!(filter, Filter::Sur | Filter::SurRegionalGroup);
            push_distinct(&mut out, filter.facet(), &values, single);
        }
        push_distinct(&mut out, SUR_ORGANISATION, &self.sur_organisations, false);
        push_distinct(&mut out, RS_ORGANISATION, &self.rs_organisations, false);
        out
    }
}

/// Adds each distinct value once; empty values only when `keep_empty` (a State without a
/// regional group is counted under "").
fn push_distinct(out: &mut Vec<(&'static str, String)>, facet: &'static str, values: &[String], keep_empty: bool) {
    let mut seen: Vec<&String> = Vec::new();
    for v in values {
        if (keep_empty || !v.is_empty()) && !seen.contains(&v) {
            seen.push(v);
            out.push((facet, v.clone()));
        }
    }
}

/// Facet of the organisations of the SuR: counted, not a filter.
const SUR_ORGANISATION: &str = "sur_organisation";
/// Facet of the organisations of the recommending States: counted, not a filter.
const RS_ORGANISATION: &str = "rs_organisation";

/// Every facet name: the filters' facets and the organisations.
pub fn facet_names() -> impl Iterator<Item = &'static str> {
    Filter::ALL.into_iter().map(Filter::facet).chain([SUR_ORGANISATION, RS_ORGANISATION])
}
