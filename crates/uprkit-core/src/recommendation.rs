//! Recommendations, positions and the UPR Info action category.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A State under Review's position on a recommendation (DOMAIN.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Supported (UPR Info: "Accepted").
    Supported,
    /// Supported in part; the supported part is kept as text with the position.
    PartiallySupported,
    /// Noted (the only official alternative to support; older texts say "rejected").
    Noted,
    /// Not yet answered: to be answered by the adoption at the Human Rights Council.
    Pending,
}

impl Position {
    /// All values, in display order.
    pub const ALL: [Position; 4] = [Self::Supported, Self::PartiallySupported, Self::Noted, Self::Pending];

    /// Reads a position as UPR Info, OHCHR or a user writes it.
    pub fn parse(value: &str) -> Option<Self> {
        let v = value.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Some(match v.as_str() {
            "supported" | "accepted" | "accept" | "support" => Self::Supported,
            "partially_supported" | "partially_accepted" | "partial" | "partially" => Self::PartiallySupported,
            "noted" | "note" | "rejected" | "not_accepted" | "not_supported" => Self::Noted,
            "pending" | "will_be_examined" => Self::Pending,
            _ => return None,
        })
    }

    /// The stored and API form (`supported`, `noted`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Supported => "supported",
            Self::PartiallySupported => "partially_supported",
            Self::Noted => "noted",
            Self::Pending => "pending",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Supported => "Supported",
            Self::PartiallySupported => "Partially supported",
            Self::Noted => "Noted",
            Self::Pending => "Pending",
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// UPR Info's action category (Edward McMahon's scale), 1 = minimal to 5 = specific action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActionCategory(u8);

impl ActionCategory {
    /// A number from 1 to 5.
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().parse::<u8>() {
            Ok(n) if (1..=5).contains(&n) => Some(Self(n)),
            _ => None,
        }
    }

    /// The number.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The category's name on UPR Info's scale.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Minimal action",
            2 => "Continuing action",
            3 => "Considering action",
            4 => "General action",
            _ => "Specific action",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_upr_info_responses() {
        assert_eq!(Position::parse("Accepted"), Some(Position::Supported));
        assert_eq!(Position::parse("Noted"), Some(Position::Noted));
        assert_eq!(Position::parse("partially supported"), Some(Position::PartiallySupported));
        assert_eq!(Position::parse("maybe"), None);
        for p in Position::ALL {
            assert_eq!(Position::parse(p.as_str()), Some(p));
        }
    }

    #[test]
    fn action_category_is_1_to_5() {
        assert!(ActionCategory::parse("0").is_none());
        assert_eq!(ActionCategory::parse("5").map(ActionCategory::get), Some(5));
        assert!(ActionCategory::parse("6").is_none());
    }
}
