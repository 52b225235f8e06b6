//! Reviews held outside their place in the rotation (`data/upr_rescheduled_reviews.csv`): a
//! State postponed to a later session of the same cycle. The rotation itself does not move:
//! Israel, held in session 17 instead of 15 in cycle 2, was back in its place (29, 43) in
//! cycles 3 and 4. Earlier and later cycles are therefore inferred from the place in the
//! rotation, never from the session a postponed review was held in.

use crate::Iso3;
use std::sync::OnceLock;

const RESCHEDULED_CSV: &str = include_str!("../../data/upr_rescheduled_reviews.csv");

/// One review held in another session than the rotation gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RescheduledReview {
    /// State under Review.
    pub sur: Iso3,
    /// Cycle of the review.
    pub cycle: u8,
    /// The session the rotation gave the State in that cycle.
    pub rotation_session: u16,
    /// The session the review is held (or listed) in.
    pub held_session: u16,
    /// What the reference files say, in words.
    pub evidence: String,
}

/// Reads the file strictly: every row with a code, a cycle, two session numbers and evidence.
pub fn parse(text: &str) -> Result<Vec<RescheduledReview>, String> {
    let mut out = Vec::new();
    for record in csv::Reader::from_reader(text.as_bytes()).records() {
        let r = record.map_err(|e| e.to_string())?;
        let line = r.position().map(|p| p.line()).unwrap_or(0);
        let field = |i: usize| r.get(i).unwrap_or("").trim();
        let bad = || format!("line {line}: expected iso3,cycle,rotation_session,held_session,evidence");
        let sur = Iso3::parse(field(0)).map_err(|_| bad())?;
        let cycle = field(1).parse().map_err(|_| bad())?;
        let rotation_session = field(2).parse().map_err(|_| bad())?;
        let held_session = field(3).parse().map_err(|_| bad())?;
        if field(4).is_empty() {
            return Err(bad());
        }
        out.push(RescheduledReview { sur, cycle, rotation_session, held_session, evidence: field(4).to_string() });
    }
    Ok(out)
}

/// Every rescheduled review of the embedded file (its test guarantees it parses whole).
pub fn all() -> &'static [RescheduledReview] {
    static ALL: OnceLock<Vec<RescheduledReview>> = OnceLock::new();
    ALL.get_or_init(|| parse(RESCHEDULED_CSV).unwrap_or_default())
}

/// The rescheduling of `sur`'s review in `cycle`, if any.
pub fn of(sur: &Iso3, cycle: u8) -> Option<&'static RescheduledReview> {
    all().iter().find(|r| &r.sur == sur && r.cycle == cycle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_parses_whole() {
        let rows = parse(RESCHEDULED_CSV).expect("parses");
        assert_eq!(rows.len(), 4);
        assert_eq!(all(), rows.as_slice());
        let ukr = of(&Iso3::parse("UKR").expect("iso3"), 4).expect("Ukraine");
        assert_eq!((ukr.rotation_session, ukr.held_session), (42, 54));
        assert!(parse("iso3,cycle,rotation_session,held_session,evidence\nUKR,4,x,54,e\n").is_err());
    }
}
