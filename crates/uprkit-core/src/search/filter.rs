//! The one definition of the search filters: each knows its URL key, command-line flag, value
//! kind, facet and description, and how it reads and writes a [`RecommendationFilter`]. The
//! search engine, the SQL search, the web query string, the command line and the OpenAPI
//! document all iterate [`Filter::ALL`]; adding a filter is adding a variant here (the
//! exhaustive matches elsewhere then say what else it needs).

use super::RecommendationFilter;
use crate::Position;

/// A filter of a recommendation search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filter {
    /// State under Review.
    Sur,
    /// Recommending State.
    Rs,
    /// Cycle.
    Cycle,
    /// Working Group session.
    Session,
    /// Position of the State under Review.
    Response,
    /// UPR Info action category.
    ActionCategory,
    /// UPR Info issue.
    Issue,
    /// UHRI theme.
    Theme,
    /// SDG goal.
    Sdg,
    /// Regional group of the State under Review.
    SurRegionalGroup,
    /// Regional group of a recommending State.
    RsRegionalGroup,
    /// UHRI group of persons.
    GroupsOfPersons,
    /// Where the coding comes from ([`crate::classification::CodedBy`]).
    CodedBy,
    /// Whether it repeats a recommendation of an earlier cycle (`yes` / `no`).
    Repeated,
}

/// What values a filter takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// Text; `choices` lists the accepted spellings when there is a fixed set.
    Text {
        /// The accepted values, empty when any text goes.
        choices: &'static [&'static str],
    },
    /// A whole number between `min` and `max` (`None`: no upper bound but the type's).
    Number {
        /// Smallest meaningful value.
        min: u32,
        /// Largest meaningful value.
        max: Option<u32>,
    },
}

/// A value a filter cannot take.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key} must be a number, not {value:?}")]
pub struct FilterError {
    /// The filter's URL key.
    pub key: &'static str,
    /// The value refused.
    pub value: String,
}

impl Filter {
    /// Every filter, in the order of URLs written back ([`Filter::key`]).
    pub const ALL: [Filter; 14] = [
        Filter::Sur,
        Filter::Rs,
        Filter::Cycle,
        Filter::Session,
        Filter::Response,
        Filter::ActionCategory,
        Filter::Issue,
        Filter::Theme,
        Filter::Sdg,
        Filter::SurRegionalGroup,
        Filter::RsRegionalGroup,
        Filter::GroupsOfPersons,
        Filter::CodedBy,
        Filter::Repeated,
    ];

    /// The URL key (`/api/v1/recommendations?sur=SVN`), also written back in links.
    pub fn key(self) -> &'static str {
        match self {
            Filter::Sur => "sur",
            Filter::Rs => "rs",
            Filter::Cycle => "cycle",
            Filter::Session => "session",
            Filter::Response => "response",
            Filter::ActionCategory => "action_category",
            Filter::Issue => "issue",
            Filter::Theme => "theme",
            Filter::Sdg => "sdg",
            Filter::SurRegionalGroup => "sur_regional_group",
            Filter::RsRegionalGroup => "rs_regional_group",
            Filter::GroupsOfPersons => "groups_of_persons",
            Filter::CodedBy => "coded_by",
            Filter::Repeated => "repeated",
        }
    }

    /// Other URL keys read as this filter: the sidebar names its boxes after the facets
    /// (`issues`), links say `issue`.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Filter::Issue => &["issues"],
            Filter::Theme => &["themes"],
            Filter::Sdg => &["sdgs"],
            _ => &[],
        }
    }

    /// The filter of a URL key or alias.
    pub fn from_key(key: &str) -> Option<Filter> {
        Filter::ALL.into_iter().find(|f| f.key() == key || f.aliases().contains(&key))
    }

    /// The command-line flag, without its dashes (`action-category`).
    pub fn flag(self) -> &'static str {
        match self {
            Filter::Sur => "sur",
            Filter::Rs => "rs",
            Filter::Cycle => "cycle",
            Filter::Session => "session",
            Filter::Response => "response",
            Filter::ActionCategory => "action-category",
            Filter::Issue => "issue",
            Filter::Theme => "theme",
            Filter::Sdg => "sdg",
            Filter::SurRegionalGroup => "sur-regional-group",
            Filter::RsRegionalGroup => "rs-regional-group",
            Filter::GroupsOfPersons => "groups-of-persons",
            Filter::CodedBy => "coded-by",
            Filter::Repeated => "repeated",
        }
    }

    /// The facet counting this filter's values in a search's `facets`.
    pub fn facet(self) -> &'static str {
        match self {
            Filter::Issue => "issues",
            Filter::Theme => "themes",
            Filter::Sdg => "sdgs",
            other => other.key(),
        }
    }

    /// What values the filter takes.
    pub fn kind(self) -> ValueKind {
        match self {
            Filter::Cycle | Filter::Session => ValueKind::Number { min: 1, max: None },
            Filter::ActionCategory => ValueKind::Number { min: 1, max: Some(5) },
            Filter::Sdg => ValueKind::Number { min: 1, max: Some(17) },
            Filter::Response => ValueKind::Text {
                choices: &["supported", "partially_supported", "noted", "pending", "Accepted", "Noted"],
            },
            Filter::CodedBy => ValueKind::Text { choices: &["upr_info", "ohchr", "dihr", "reviewed", "suggested"] },
            Filter::Repeated => ValueKind::Text { choices: &["yes", "no"] },
            _ => ValueKind::Text { choices: &[] },
        }
    }

    /// `true` when a URL value may list several values with commas (`cycle=1,2`); names of
    /// issues, themes and groups of persons may hold commas themselves.
    pub fn comma_separated(self) -> bool {
        !matches!(self, Filter::Issue | Filter::Theme | Filter::GroupsOfPersons)
    }

    /// One line for people: command-line help and the OpenAPI document.
    pub fn description(self) -> &'static str {
        match self {
            Filter::Sur => "State under Review (ISO3; the command line also reads names)",
            Filter::Rs => "Recommending State (ISO3; the command line also reads names)",
            Filter::Cycle => "Cycle (1-5)",
            Filter::Session => "Working Group session number",
            Filter::Response => "Position: supported (or Accepted), partially_supported, noted, pending",
            Filter::ActionCategory => "UPR Info action category (1-5)",
            Filter::Issue => "UPR Info issue, e.g. \"Death penalty\"",
            Filter::Theme => "UHRI theme",
            Filter::Sdg => "SDG goal (1-17)",
            Filter::SurRegionalGroup => "Regional group of the State under Review, e.g. \"Asia-Pacific\"",
            Filter::RsRegionalGroup => "Regional group of a recommending State",
            Filter::GroupsOfPersons => "UHRI group of persons, e.g. \"Women & girls\"",
            Filter::CodedBy => {
                "Where the coding comes from: upr_info, ohchr, dihr, reviewed (a person decided), suggested (uprkit's classifier)"
            }
            Filter::Repeated => {
                "yes: repeats a recommendation of an earlier cycle (\"recommended previously\"); no: does not"
            }
        }
    }

    /// An example value, for the OpenAPI document.
    pub fn example(self) -> Option<&'static str> {
        match self {
            Filter::Sur => Some("SVN"),
            Filter::Issue => Some("Women's rights"),
            _ => None,
        }
    }

    /// The values of this filter in `f`, as text.
    pub fn values(self, f: &RecommendationFilter) -> Vec<String> {
        let numbers = |v: &[u8]| v.iter().map(u8::to_string).collect();
        match self {
            Filter::Sur => f.sur.clone(),
            Filter::Rs => f.rs.clone(),
            Filter::Cycle => numbers(&f.cycle),
            Filter::Session => f.session.iter().map(u16::to_string).collect(),
            Filter::Response => f.response.clone(),
            Filter::ActionCategory => numbers(&f.action_category),
            Filter::Issue => f.issue.clone(),
            Filter::Theme => f.theme.clone(),
            Filter::Sdg => numbers(&f.sdg),
            Filter::SurRegionalGroup => f.sur_regional_group.clone(),
            Filter::RsRegionalGroup => f.rs_regional_group.clone(),
            Filter::GroupsOfPersons => f.groups_of_persons.clone(),
            Filter::CodedBy => f.coded_by.clone(),
            Filter::Repeated => f.repeated.clone(),
        }
    }

    /// Adds one value to `f`; a number filter refuses what is not a number of its type.
    pub fn push(self, f: &mut RecommendationFilter, value: &str) -> Result<(), FilterError> {
        fn number<T: std::str::FromStr>(key: &'static str, value: &str) -> Result<T, FilterError> {
            value.trim().parse().map_err(|_| FilterError { key, value: value.to_string() })
        }
        let text = value.to_string();
        let key = self.key();
        match self {
            Filter::Sur => f.sur.push(text),
            Filter::Rs => f.rs.push(text),
            Filter::Cycle => f.cycle.push(number(key, value)?),
            Filter::Session => f.session.push(number(key, value)?),
            Filter::Response => f.response.push(text),
            Filter::ActionCategory => f.action_category.push(number(key, value)?),
            Filter::Issue => f.issue.push(text),
            Filter::Theme => f.theme.push(text),
            Filter::Sdg => f.sdg.push(number(key, value)?),
            Filter::SurRegionalGroup => f.sur_regional_group.push(text),
            Filter::RsRegionalGroup => f.rs_regional_group.push(text),
            Filter::GroupsOfPersons => f.groups_of_persons.push(text),
            Filter::CodedBy => f.coded_by.push(text),
            Filter::Repeated => f.repeated.push(text),
        }
        Ok(())
    }

    /// A value as the index and the database store it: States in upper case, positions in
    /// their canonical spelling (`Accepted` is `supported`), the rest trimmed.
    pub fn normalise(self, value: &str) -> String {
        let value = value.trim();
        match self {
            Filter::Sur | Filter::Rs => value.to_ascii_uppercase(),
            Filter::Response => Position::parse(value).map(|p| p.as_str().to_string()).unwrap_or_else(|| value.into()),
            Filter::CodedBy => crate::classification::CodedBy::parse(value)
                .map(|c| c.as_str().to_string())
                .unwrap_or_else(|| value.into()),
            Filter::Repeated => value.to_ascii_lowercase(),
            _ => value.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_flags_and_facets_are_distinct_and_values_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for f in Filter::ALL {
            assert!(seen.insert(f.key()), "{f:?}");
            for alias in f.aliases() {
                assert!(seen.insert(alias), "{f:?}");
            }
            assert_eq!(Filter::from_key(f.key()), Some(f));
            assert_eq!(f.flag(), f.key().replace('_', "-"), "the flag is the URL key with dashes");
            let value = match f.kind() {
                ValueKind::Number { min, .. } => min.to_string(),
                ValueKind::Text { .. } => "x, y".to_string(),
            };
            let mut filter = RecommendationFilter::default();
            f.push(&mut filter, &value).expect("pushes");
            assert_eq!(f.values(&filter), vec![value.clone()]);
            for other in Filter::ALL.into_iter().filter(|o| *o != f) {
                assert!(other.values(&filter).is_empty(), "{f:?} wrote into {other:?}");
            }
            if matches!(f.kind(), ValueKind::Number { .. }) {
                let err = f.push(&mut filter, "one").expect_err("not a number");
                assert_eq!(err.to_string(), format!("{} must be a number, not \"one\"", f.key()));
            }
        }
        assert_eq!(Filter::from_key("issues"), Some(Filter::Issue));
        assert_eq!(Filter::from_key("page"), None);
        assert_eq!(Filter::Response.normalise(" Accepted "), "supported");
        assert_eq!(Filter::Rs.normalise("fra"), "FRA");
    }
}
