//! UPR cycles and Working Group sessions, with dates where they are known.

use serde::Serialize;
use std::collections::HashMap;

const CYCLES_CSV: &str = include_str!("../data/upr_cycles.csv");
const SESSION_YEARS_CSV: &str = include_str!("../data/upr_session_years_01-53.csv");
const CYCLE4_CSV: &str = include_str!("../data/upr_sessions_cycle4.csv");

/// The last session with a known list: the end of cycle 4.
pub const LAST_KNOWN_SESSION: u16 = 54;

/// A UPR cycle.
#[derive(Debug, Clone, Serialize)]
pub struct Cycle {
    /// Cycle number.
    pub number: u8,
    /// First session.
    pub first_session: u16,
    /// Last session, unknown for a cycle not yet planned.
    pub last_session: Option<u16>,
    /// Start, `YYYY-MM`.
    pub start: Option<String>,
    /// End, `YYYY-MM`.
    pub end: Option<String>,
}

/// A Working Group session.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Session {
    /// Session number.
    pub number: u16,
    /// Cycle it belongs to.
    pub cycle: u8,
    /// Year it is held in.
    pub year: Option<u16>,
    /// First day, ISO date, when known.
    #[schema(format = Date)]
    pub start_date: Option<String>,
    /// Last day, ISO date, when known.
    #[schema(format = Date)]
    pub end_date: Option<String>,
    /// How sure the dates are: `confirmed`, `expected_...`, or `year_only`.
    pub date_status: String,
}

/// Cycles 1-5 from the embedded reference table.
pub fn cycles() -> Vec<Cycle> {
    let mut reader = csv::Reader::from_reader(CYCLES_CSV.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            let opt = |i: usize| r.get(i).filter(|s| !s.is_empty()).map(String::from);
            Some(Cycle {
                number: r.get(0)?.parse().ok()?,
                first_session: r.get(1)?.parse().ok()?,
                last_session: r.get(2).and_then(|s| s.parse().ok()),
                start: opt(3),
                end: opt(4),
            })
        })
        .collect()
}

/// Sessions 1-54: dates for cycle 4 from OHCHR's programme, years for the others.
pub fn sessions() -> Vec<Session> {
    let mut years: HashMap<u16, u16> = HashMap::new();
    let mut reader = csv::Reader::from_reader(SESSION_YEARS_CSV.as_bytes());
    for r in reader.records().filter_map(Result::ok) {
        if let (Some(Ok(s)), Some(Ok(y))) = (r.get(0).map(str::parse), r.get(1).map(str::parse)) {
            years.insert(s, y);
        }
    }
    let mut dated: HashMap<u16, (Option<String>, Option<String>, String)> = HashMap::new();
    let mut reader = csv::Reader::from_reader(CYCLE4_CSV.as_bytes());
    for r in reader.records().filter_map(Result::ok) {
        let Some(Ok(s)) = r.get(0).map(str::parse::<u16>) else {
            continue;
        };
        let opt = |i: usize| r.get(i).filter(|v| !v.is_empty()).map(String::from);
        dated.insert(s, (opt(2), opt(3), r.get(4).unwrap_or("").to_string()));
    }
    (1..=LAST_KNOWN_SESSION)
        .map(|n| {
            let cycle = crate::SessionNo::parse(&n.to_string()).map(|s| s.cycle().get()).unwrap_or(0);
            let (start_date, end_date, status) = dated.remove(&n).unwrap_or((None, None, "year_only".into()));
            let year = start_date
                .as_deref()
                .and_then(|d| d.get(..4)?.parse().ok())
                .or_else(|| years.get(&n).copied())
                .or(if n == 54 { Some(2027) } else { None });
            Session { number: n, cycle, year, start_date, end_date, date_status: status }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_cycles_and_54_sessions() {
        assert_eq!(cycles().len(), 5);
        let s = sessions();
        assert_eq!(s.len(), 54);
        assert!(s.iter().all(|s| s.year.is_some()), "every session has a year");
        let s48 = &s[47];
        assert_eq!((s48.cycle, s48.start_date.as_deref()), (4, Some("2025-01-20")));
        assert_eq!(s[0].year, Some(2008));
    }
}
