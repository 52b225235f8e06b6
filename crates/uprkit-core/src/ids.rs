//! Newtypes for the UPR's identifiers, each with a `parse` constructor that validates.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an identifier was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} {value:?} is not valid: {reason}")]
pub struct InvalidId {
    /// Which kind of identifier.
    pub what: &'static str,
    /// The value given.
    pub value: String,
    /// What was expected.
    pub reason: &'static str,
}

/// An ISO 3166-1 alpha-3 code, upper case (`SVN`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Iso3(String);

impl Iso3 {
    /// Accepts three ASCII letters in any case.
    pub fn parse(value: &str) -> Result<Self, InvalidId> {
        let v = value.trim();
        if v.len() == 3 && v.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(v.to_ascii_uppercase()))
        } else {
            Err(InvalidId { what: "ISO3 code", value: value.into(), reason: "three letters such as SVN" })
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Iso3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A UPR Working Group session number (1 = April 2008).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionNo(u16);

impl SessionNo {
    /// Sessions are numbered from 1; anything past 200 is surely a typo.
    pub fn parse(value: &str) -> Result<Self, InvalidId> {
        match value.trim().parse::<u16>() {
            Ok(n) if (1..=200).contains(&n) => Ok(Self(n)),
            _ => Err(InvalidId { what: "session", value: value.into(), reason: "a whole number from 1" }),
        }
    }

    /// The number.
    pub fn get(self) -> u16 {
        self.0
    }

    /// The cycle this session belongs to (cycles 1-4 are fixed, 5 onward are 14 sessions each).
    pub fn cycle(self) -> CycleNo {
        CycleNo(match self.0 {
            1..=12 => 1,
            13..=26 => 2,
            27..=40 => 3,
            n => 4 + (n - 41) / 14,
        } as u8)
    }
}

impl fmt::Display for SessionNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A UPR cycle (1 = 2008-2011, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CycleNo(u8);

impl CycleNo {
    /// Cycles 1 to 9.
    pub fn parse(value: &str) -> Result<Self, InvalidId> {
        match value.trim().parse::<u8>() {
            Ok(n) if (1..=9).contains(&n) => Ok(Self(n)),
            _ => Err(InvalidId { what: "cycle", value: value.into(), reason: "a number from 1 to 9" }),
        }
    }

    /// The number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl fmt::Display for CycleNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_map_to_cycles() {
        let c = |s: &str| SessionNo::parse(s).map(|s| s.cycle().get());
        assert_eq!(c("1"), Ok(1));
        assert_eq!(c("12"), Ok(1));
        assert_eq!(c("13"), Ok(2));
        assert_eq!(c("27"), Ok(3));
        assert_eq!(c("54"), Ok(4));
        assert_eq!(c("55"), Ok(5));
        assert!(SessionNo::parse("x5").is_err());
        assert!(SessionNo::parse("0").is_err());
    }

    #[test]
    fn iso3_is_three_letters() {
        assert_eq!(Iso3::parse("svn").map(|i| i.to_string()), Ok("SVN".into()));
        assert!(Iso3::parse("SV").is_err());
        assert!(Iso3::parse("S1N").is_err());
    }
}
