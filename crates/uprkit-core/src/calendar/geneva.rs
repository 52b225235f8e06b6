//! Geneva local time (Central European Time, UTC+1; summer time, UTC+2, from the last Sunday of
//! March 01:00 UTC to the last Sunday of October 01:00 UTC, the EU rule Switzerland follows).
//! OHCHR deadlines are "23:59 Geneva time"; written here so the crate needs no time-zone
//! database.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};

/// The last Sunday of a month.
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    let mut d = next.unwrap_or(NaiveDate::MIN) - Duration::days(1);
    while d.weekday() != Weekday::Sun {
        d -= Duration::days(1);
    }
    d
}

/// Geneva's offset from UTC, in hours, at a UTC instant.
pub fn offset_hours(at: DateTime<Utc>) -> i64 {
    let year = at.year();
    let start = Utc
        .from_utc_datetime(&last_sunday(year, 3).and_time(NaiveTime::from_hms_opt(1, 0, 0).unwrap_or(NaiveTime::MIN)));
    let end = Utc
        .from_utc_datetime(&last_sunday(year, 10).and_time(NaiveTime::from_hms_opt(1, 0, 0).unwrap_or(NaiveTime::MIN)));
    if at >= start && at < end { 2 } else { 1 }
}

/// 23:59 in Geneva on `day`, as a UTC instant.
pub fn end_of_day_utc(day: NaiveDate) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN));
    // At 23:59 local the offset is that of the day (DST changes happen at night, 01:00 UTC).
    let guess = Utc.from_utc_datetime(&local) - Duration::hours(1);
    let offset = offset_hours(guess);
    Utc.from_utc_datetime(&local) - Duration::hours(offset)
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
