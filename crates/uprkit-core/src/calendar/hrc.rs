//! Regular sessions of the Human Rights Council, where UPR outcomes are adopted: three a year,
//! starting in late February (the "March" session, six weeks), mid-June (four weeks) and
//! early-to-mid September (five weeks). Dates are estimates from that pattern.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

/// An HRC regular session as uprkit estimates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HrcSession {
    /// Session number (HRC 59 = June 2025).
    pub number: u32,
    /// Estimated first day.
    pub start: NaiveDate,
    /// Estimated last day.
    pub end: NaiveDate,
}

/// The first `weekday` on or after `from`.
pub fn on_or_after(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let mut d = from;
    while d.weekday() != weekday {
        d += Duration::days(1);
    }
    d
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// The three regular sessions of a year.
pub fn sessions_of_year(year: i32) -> [HrcSession; 3] {
    // HRC 52 was March 2023; three regular sessions a year since 2007.
    let first = (52 + 3 * (year - 2023)) as u32;
    let march = on_or_after(date(year, 2, 22), Weekday::Mon);
    let june = on_or_after(date(year, 6, 14), Weekday::Mon);
    let september = on_or_after(date(year, 9, 8), Weekday::Mon);
    [
        HrcSession { number: first, start: march, end: march + Duration::days(39) },
        HrcSession { number: first + 1, start: june, end: june + Duration::days(25) },
        HrcSession { number: first + 2, start: september, end: september + Duration::days(32) },
    ]
}

/// When in an HRC session the UPR outcomes are adopted (agenda item 6): from the third week to
/// the session's end.
pub fn adoption_window(s: &HrcSession) -> (NaiveDate, NaiveDate) {
    (s.start + Duration::days(14), s.end)
}

/// Measured: outcomes are adopted 121-155 days after the review; the first session whose
/// adoption window opens at least this long after the review is the one.
pub const MIN_DAYS_REVIEW_TO_ADOPTION: i64 = 115;

/// The regular session that adopts the outcome of a review held on `review`.
pub fn adopting_session(review: NaiveDate) -> HrcSession {
    let earliest = review + Duration::days(MIN_DAYS_REVIEW_TO_ADOPTION);
    for year in review.year()..=review.year() + 2 {
        for s in sessions_of_year(year) {
            if adoption_window(&s).0 >= earliest {
                return s;
            }
        }
    }
    sessions_of_year(review.year() + 2)[0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slovenia_cycle_4_is_adopted_at_hrc_59() {
        // Review 28 January 2025; outcome adopted on 2 July 2025 at the 59th session.
        let s = adopting_session(date(2025, 1, 28));
        assert_eq!(s.number, 59);
        let (from, to) = adoption_window(&s);
        assert!(from <= date(2025, 7, 2) && date(2025, 7, 2) <= to, "{from}..{to}");
    }

    #[test]
    fn session_numbers_and_starts() {
        let y = sessions_of_year(2025);
        assert_eq!((y[0].number, y[0].start), (58, date(2025, 2, 24)));
        assert_eq!((y[1].number, y[1].start), (59, date(2025, 6, 16)));
        assert_eq!((y[2].number, y[2].start), (60, date(2025, 9, 8)));
    }
}
