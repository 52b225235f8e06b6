//! Geneva local time. OHCHR deadlines are "23:59 Geneva time"; the offset comes from the tz
//! database (`Europe/Zurich`, the zone Geneva is in), so it stays right when the rules change.

use chrono::{DateTime, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Europe::Zurich;

/// Geneva's offset from UTC, in hours, at a UTC instant.
pub fn offset_hours(at: DateTime<Utc>) -> i64 {
    i64::from(Zurich.offset_from_utc_datetime(&at.naive_utc()).fix().local_minus_utc()) / 3600
}

/// 23:59 in Geneva on `day`, as a UTC instant.
pub fn end_of_day_utc(day: NaiveDate) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN));
    // 23:59 is never skipped or repeated in Geneva (clocks change at 02:00 and 03:00 local), so
    // the earliest reading is the only one; the UTC fallback is unreachable in practice.
    Zurich
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn deadlines_across_daylight_saving_changes() {
        // Winter: 23:59 CET = 22:59 UTC. Summer: 23:59 CEST = 21:59 UTC.
        assert_eq!(end_of_day_utc(d(2025, 1, 15)).to_rfc3339(), "2025-01-15T22:59:00+00:00");
        assert_eq!(end_of_day_utc(d(2025, 7, 15)).to_rfc3339(), "2025-07-15T21:59:00+00:00");
        // The days of the change: 30 March 2025 is already summer time at 23:59, 26 October 2025
        // is winter time again.
        assert_eq!(end_of_day_utc(d(2025, 3, 29)).to_rfc3339(), "2025-03-29T22:59:00+00:00");
        assert_eq!(end_of_day_utc(d(2025, 3, 30)).to_rfc3339(), "2025-03-30T21:59:00+00:00");
        assert_eq!(end_of_day_utc(d(2025, 10, 25)).to_rfc3339(), "2025-10-25T21:59:00+00:00");
        assert_eq!(end_of_day_utc(d(2025, 10, 26)).to_rfc3339(), "2025-10-26T22:59:00+00:00");
    }
}
