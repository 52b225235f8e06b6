//! Numbers and dates as each language writes them: "12,345" / "12 345" / "12.345";
//! "3 July 2027" / "3 juillet 2027" / "3 de julio de 2027".

use super::{Lang, current};
use chrono::{Datelike, NaiveDate};

/// `n` with the current language's digit grouping.
pub fn num(n: impl TryInto<i64>) -> String {
    num_in(current(), n.try_into().unwrap_or(i64::MAX))
}

/// `n` with `lang`'s digit grouping (CLDR): a comma in English, a narrow no-break space in
/// French, a dot in Spanish, where Spanish leaves four-digit numbers ungrouped.
pub fn num_in(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
        Lang::Es => ".",
    };
    let group = !(lang == Lang::Es && digits.len() <= 4);
    let mut out = String::with_capacity(digits.len() + 8);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A date in the current language, in full: "3 July 2027", "1er juillet 2027", "3 de julio de 2027".
pub fn date(d: &NaiveDate) -> String {
    date_in(current(), d)
}

/// A date in `lang`.
pub fn date_in(lang: Lang, d: &NaiveDate) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
        Lang::Fr if d.day() == 1 => format!("1er {} {}", MONTHS_FR[m], d.year()),
        Lang::Fr => format!("{} {} {}", d.day(), MONTHS_FR[m], d.year()),
        Lang::Es => format!("{} de {} de {}", d.day(), MONTHS_ES[m], d.year()),
    }
}

/// A date given as text: an ISO date (`2027-07-03`, or the date part of a timestamp) in the
/// current language; anything else as it is.
pub fn date_str(s: &str) -> String {
    s.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| date(&d))
        .unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_as_each_language_does() {
        assert_eq!(num_in(Lang::En, 1234567), "1,234,567");
        assert_eq!(num_in(Lang::Fr, 12345), "12\u{202f}345");
        assert_eq!(num_in(Lang::Es, 1234), "1234");
        assert_eq!(num_in(Lang::Es, 12345), "12.345");
        assert_eq!(num_in(Lang::En, 0), "0");
        assert_eq!(num_in(Lang::En, -1000), "-1,000");
    }

    #[test]
    fn dates_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2027, 7, 1).expect("a date");
        assert_eq!(date_in(Lang::En, &d), "1 July 2027");
        assert_eq!(date_in(Lang::Fr, &d), "1er juillet 2027");
        assert_eq!(date_in(Lang::Es, &d), "1 de julio de 2027");
        assert_eq!(super::super::sync_scope(Lang::Fr, || date_str("2026-08-15T10:00:00Z")), "15 août 2026");
        assert_eq!(date_str("not a date"), "not a date");
    }
}
