//! How a recommendation's coding (action category, UPR Info issues, SDG goals) was obtained:
//! from a source, suggested by uprkit's classifier, or decided by a person. A suggestion never
//! replaces a source's coding; a person's decision replaces the suggestion it reviews.

use serde::{Deserialize, Serialize};

/// One part of a recommendation's coding that the classifier learns and suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Head {
    /// UPR Info's action category, one of 1-5.
    ActionCategory,
    /// UPR Info issues, several.
    Issue,
    /// SDG goals, several (or none).
    Sdg,
}

impl Head {
    /// Every head, in display order.
    pub const ALL: [Head; 3] = [Head::ActionCategory, Head::Issue, Head::Sdg];

    /// The stored and URL form.
    pub fn as_str(self) -> &'static str {
        match self {
            Head::ActionCategory => "action_category",
            Head::Issue => "issue",
            Head::Sdg => "sdg",
        }
    }

    /// Reads [`Head::as_str`] back.
    pub fn parse(s: &str) -> Option<Head> {
        Head::ALL.into_iter().find(|h| h.as_str() == s.trim())
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Head::ActionCategory => "Action category",
            Head::Issue => "Issues",
            Head::Sdg => "SDG goals",
        }
    }

    /// `true` when a recommendation takes one value of this head, not several.
    pub fn single(self) -> bool {
        self == Head::ActionCategory
    }

    /// Checks and normalises one value: an action category 1-5, an SDG goal 1-17, an issue
    /// name of at most 200 characters.
    pub fn value(self, value: &str) -> Result<String, String> {
        let value = value.trim();
        let number = |max: u8| match value.parse::<u8>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n.to_string()),
            _ => Err(format!("{} must be a number from 1 to {max}, not {value:?}", self.label())),
        };
        match self {
            Head::ActionCategory => number(5),
            Head::Sdg => number(17),
            Head::Issue if value.is_empty() || value.chars().count() > 200 => {
                Err(format!("an issue must be a name of 1 to 200 characters, not {value:?}"))
            }
            Head::Issue => Ok(value.to_string()),
        }
    }
}

/// Where a recommendation's coding comes from: the `coded_by` facet and filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodedBy {
    /// UPR Info's database coded it (action category, issues).
    UprInfo,
    /// An OHCHR thematic list coded it (themes, SDGs).
    Ohchr,
    /// DIHR's SDG-Human Rights Data Explorer linked it to SDGs (or found no link).
    Dihr,
    /// A person confirmed or corrected a suggestion.
    Reviewed,
    /// uprkit's classifier suggested part of its coding, not yet reviewed.
    Suggested,
}

impl CodedBy {
    /// Every value, in display order.
    pub const ALL: [CodedBy; 5] =
        [CodedBy::UprInfo, CodedBy::Ohchr, CodedBy::Dihr, CodedBy::Reviewed, CodedBy::Suggested];

    /// The stored, URL and facet form.
    pub fn as_str(self) -> &'static str {
        match self {
            CodedBy::UprInfo => "upr_info",
            CodedBy::Ohchr => "ohchr",
            CodedBy::Dihr => "dihr",
            CodedBy::Reviewed => "reviewed",
            CodedBy::Suggested => "suggested",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            CodedBy::UprInfo => "UPR Info",
            CodedBy::Ohchr => "OHCHR",
            CodedBy::Dihr => "DIHR",
            CodedBy::Reviewed => "Reviewed by a person",
            CodedBy::Suggested => "Suggested by uprkit",
        }
    }

    /// Reads [`CodedBy::as_str`] back (also with dashes: `upr-info`).
    pub fn parse(s: &str) -> Option<CodedBy> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        CodedBy::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_check_their_values() {
        assert_eq!(Head::ActionCategory.value(" 5 "), Ok("5".into()));
        assert!(Head::ActionCategory.value("6").is_err());
        assert!(Head::Sdg.value("0").is_err());
        assert_eq!(Head::Sdg.value("16"), Ok("16".into()));
        assert!(Head::Issue.value(" ").is_err());
        for h in Head::ALL {
            assert_eq!(Head::parse(h.as_str()), Some(h));
        }
        for c in CodedBy::ALL {
            assert_eq!(CodedBy::parse(c.as_str()), Some(c));
        }
        assert_eq!(CodedBy::parse("UPR-Info"), Some(CodedBy::UprInfo));
    }
}
